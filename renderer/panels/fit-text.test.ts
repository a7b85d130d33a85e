// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FIT_STEPS, fitContent } from './fit-text.js';

/**
 * happy-dom does no layout, so the sizes are modelled: the content's height is `naturalHeight` at
 * scale 1 and shrinks with --fit, but the CSS minimum (max(var(--min-text), …)) stops it at `floor`.
 */
function model(naturalHeight: number, boxHeight: number, floor = 0) {
  const box = document.createElement('div');
  const content = document.createElement('p');
  box.append(content);
  document.body.append(box);
  content.style.lineHeight = '20px';
  const scale = () => Math.max(floor, Number(content.style.getPropertyValue('--fit') || 1));
  Object.defineProperty(box, 'clientHeight', { get: () => boxHeight });
  Object.defineProperty(content, 'offsetHeight', { get: () => Math.round(naturalHeight * scale()) });
  Object.defineProperty(content, 'scrollHeight', { get: () => Math.round(naturalHeight * scale()) });
  return { box, content };
}

describe('fitting text to its cell', () => {
  it('keeps the preferred size when the text fits', () => {
    const { box, content } = model(300, 400);
    expect(fitContent(box, content, { clampLines: true })).toBe(1);
    expect(content.dataset.overflow).toBeUndefined();
  });

  it('shrinks step by step to the first size that fits', () => {
    const { box, content } = model(1000, 400);
    const scale = fitContent(box, content, { clampLines: true });
    expect(FIT_STEPS).toContain(scale);
    expect(1000 * scale).toBeLessThanOrEqual(400);
    expect(1000 * FIT_STEPS[FIT_STEPS.indexOf(scale) - 1]!).toBeGreaterThan(400);
    expect(content.dataset.overflow).toBeUndefined();
  });

  it('stops at the minimum text size and clips whole lines with an ellipsis, marking the overflow', () => {
    const { box, content } = model(1000, 400, 0.6);
    fitContent(box, content, { clampLines: true });
    expect(content.dataset.overflow).toBe('true');
    expect(content.style.getPropertyValue('--lines')).toBe('20'); // 400 px of 20 px lines
  });

  it('grows back when given room again', () => {
    const { box, content } = model(1000, 400);
    fitContent(box, content);
    const roomy = model(300, 400);
    roomy.content.style.setProperty('--fit', content.style.getPropertyValue('--fit'));
    roomy.content.dataset.overflow = 'true';
    expect(fitContent(roomy.box, roomy.content)).toBe(1);
    expect(roomy.content.dataset.overflow).toBeUndefined();
  });
});
