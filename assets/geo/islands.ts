/**
 * Outlines added by hand to the archipelagos, where Natural Earth's admin-1 has none or too small a one
 * (Trường Sa Lớn itself is missing there; its Phú Lâm is a few hundred metres off). Each island is drawn
 * as an ellipse of its approximate size, including its reef flat, around its centre as public gazetteers
 * give it (degrees, rounded to 0.001°, WGS 84). Good at the national and provincial zooms of the wall;
 * not for navigation. Hoàng Sa belongs to Đà Nẵng, Trường Sa to Khánh Hòa (domain facts §7).
 */
export interface HandMadeIsland {
  name: string;
  archipelago: 'hoang-sa' | 'truong-sa';
  /** Centre, [longitude, latitude]. */
  centre: readonly [number, number];
  /** Half-extent east–west and north–south, metres. */
  radius: readonly [number, number];
}

export const HAND_MADE_ISLANDS: readonly HandMadeIsland[] = [
  // Quần đảo Hoàng Sa (Paracel Islands)
  { name: 'Đảo Phú Lâm', archipelago: 'hoang-sa', centre: [112.339, 16.834], radius: [1_000, 650] },
  { name: 'Đảo Hoàng Sa', archipelago: 'hoang-sa', centre: [111.608, 16.538], radius: [450, 350] },
  { name: 'Đảo Quang Ảnh', archipelago: 'hoang-sa', centre: [111.508, 16.449], radius: [450, 350] },
  { name: 'Đảo Hữu Nhật', archipelago: 'hoang-sa', centre: [111.579, 16.557], radius: [400, 300] },
  { name: 'Đảo Duy Mộng', archipelago: 'hoang-sa', centre: [111.742, 16.465], radius: [400, 300] },
  { name: 'Đảo Tri Tôn', archipelago: 'hoang-sa', centre: [111.202, 15.785], radius: [400, 300] },
  { name: 'Đảo Linh Côn', archipelago: 'hoang-sa', centre: [112.729, 16.667], radius: [600, 400] },
  { name: 'Đảo Cây', archipelago: 'hoang-sa', centre: [112.265, 16.980], radius: [400, 250] },
  // Quần đảo Trường Sa (Spratly Islands)
  { name: 'Đảo Trường Sa Lớn', archipelago: 'truong-sa', centre: [111.919, 8.645], radius: [600, 700] },
  { name: 'Đảo Song Tử Tây', archipelago: 'truong-sa', centre: [114.331, 11.429], radius: [400, 300] },
  { name: 'Đảo Song Tử Đông', archipelago: 'truong-sa', centre: [114.356, 11.454], radius: [400, 300] },
  { name: 'Đảo Sinh Tồn', archipelago: 'truong-sa', centre: [114.330, 9.885], radius: [400, 300] },
  { name: 'Đảo Nam Yết', archipelago: 'truong-sa', centre: [114.366, 10.183], radius: [400, 300] },
  { name: 'Đảo Sơn Ca', archipelago: 'truong-sa', centre: [114.478, 10.376], radius: [300, 250] },
  { name: 'Đảo An Bang', archipelago: 'truong-sa', centre: [112.917, 7.867], radius: [300, 250] },
  { name: 'Đảo Ba Bình', archipelago: 'truong-sa', centre: [114.365, 10.377], radius: [700, 300] },
  { name: 'Đảo Thị Tứ', archipelago: 'truong-sa', centre: [114.284, 11.055], radius: [500, 400] },
  { name: 'Đảo Loại Ta', archipelago: 'truong-sa', centre: [114.425, 10.673], radius: [300, 250] },
  { name: 'Đảo Bến Lạc', archipelago: 'truong-sa', centre: [115.023, 11.082], radius: [400, 300] },
  { name: 'Đảo Vĩnh Viễn', archipelago: 'truong-sa', centre: [115.802, 10.728], radius: [300, 250] },
  { name: 'Đảo Bình Nguyên', archipelago: 'truong-sa', centre: [115.827, 10.817], radius: [300, 250] },
];

/** Boxes that hold each archipelago ([west, south, east, north]): any foreign polygon in them is dropped. */
export const ARCHIPELAGO_BOXES = {
  'hoang-sa': [110.8, 15.5, 113.1, 17.3],
  'truong-sa': [111.0, 6.5, 116.2, 11.8],
} as const;

/** An ellipse as a closed ring of `steps` points, [lon, lat]. */
export function ellipse(centre: readonly [number, number], radius: readonly [number, number], steps = 16): [number, number][] {
  const [lon, lat] = centre;
  const metresPerDegreeLat = 110_574;
  const metresPerDegreeLon = 111_320 * Math.cos((lat * Math.PI) / 180);
  const ring: [number, number][] = [];
  for (let i = 0; i < steps; i++) {
    const angle = (2 * Math.PI * i) / steps;
    ring.push([round(lon + (radius[0] * Math.cos(angle)) / metresPerDegreeLon), round(lat + (radius[1] * Math.sin(angle)) / metresPerDegreeLat)]);
  }
  ring.push(ring[0]!);
  return ring;
}

function round(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}
