import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pictureFor, PICTURE_SIZE } from './picture.js';

describe('the simulator’s pictures', () => {
  it('are real PNGs of the stated size, the same for a name and different between names', () => {
    const picture = pictureFor('hot-20000.png');
    const decoded = PNG.sync.read(picture);
    expect([decoded.width, decoded.height]).toEqual([PICTURE_SIZE.width, PICTURE_SIZE.height]);
    expect(pictureFor('hot-20000.png').equals(picture)).toBe(true);
    expect(pictureFor('hot-20001.png').equals(picture)).toBe(false);
  });
});
