/**
 * The media types the hub keeps for reports (pictures and video), each recognised by its first bytes as
 * well as by the Content-Type it was served with: a file that claims to be a PNG but is HTML is refused.
 */
export interface MediaType {
  kind: 'image' | 'video';
  mime: string;
  extension: string;
  /** Does the file start like this type? */
  sniff(head: Buffer): boolean;
}

const startsWith = (head: Buffer, bytes: readonly number[], at = 0) => bytes.every((byte, i) => head[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export const MEDIA_TYPES: readonly MediaType[] = [
  { kind: 'image', mime: 'image/png', extension: 'png', sniff: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { kind: 'image', mime: 'image/jpeg', extension: 'jpg', sniff: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { kind: 'image', mime: 'image/webp', extension: 'webp', sniff: (h) => startsWith(h, ascii('RIFF')) && startsWith(h, ascii('WEBP'), 8) },
  { kind: 'video', mime: 'video/mp4', extension: 'mp4', sniff: (h) => startsWith(h, ascii('ftyp'), 4) },
  { kind: 'video', mime: 'video/webm', extension: 'webm', sniff: (h) => startsWith(h, [0x1a, 0x45, 0xdf, 0xa3]) },
];

/** Largest file kept, by kind: a picture for a wall tile, a short clip. */
export const MEDIA_LIMITS = { image: 8 * 1024 * 1024, video: 64 * 1024 * 1024 } as const;

/** Names the hub serves media under: the content's SHA-256 and the type's extension. */
export const MEDIA_NAME = /^[0-9a-f]{64}\.(png|jpg|webp|mp4|webm)$/;

export function mediaTypeOfName(name: string): MediaType | undefined {
  const extension = name.slice(name.lastIndexOf('.') + 1);
  return MEDIA_TYPES.find((type) => type.extension === extension);
}
