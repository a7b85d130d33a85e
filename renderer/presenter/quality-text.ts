import type { MediaQuality } from '../../src/protocol/presenter/rtc.js';

export interface QualityWords {
  state: string;
  video: string;
  audio: string;
  loss: string;
  freezes: string;
}

/** One line for a side's picture and sound: state, then what arrives (bitrate, size, loss, freezes). */
export function qualityText(quality: MediaQuality, words: QualityWords): string {
  if (quality.state === 'failed') return `${words.state}: ${quality.problem ?? ''}`;
  const parts = [words.state];
  if (quality.video) parts.push(`${words.video} ${quality.video.kbps} kbit/s ${quality.video.width}×${quality.video.height}, ${words.loss} ${quality.video.lossPct} %, ${words.freezes} ${quality.video.freezes}`);
  if (quality.audio) parts.push(`${words.audio} ${quality.audio.kbps} kbit/s, ${words.loss} ${quality.audio.lossPct} %`);
  return parts.join(' · ');
}
