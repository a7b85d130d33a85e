import { useEffect, useState } from 'react';
import { chartSizes, type ChartSizes } from './theme.js';

/** The chart sizes of this display: from its minimum text height and the page's height, kept on resize. */
export function useChartSizes(minTextHeightVh: number): ChartSizes {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return chartSizes(minTextHeightVh, height);
}
