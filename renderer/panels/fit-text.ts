import { useLayoutEffect, type RefObject } from 'react';

/** Scale steps tried in turn, largest first: about 8 % smaller each time. */
export const FIT_STEPS: readonly number[] = Array.from({ length: 40 }, (_, i) => Math.round(0.92 ** i * 1000) / 1000);

export interface FitOptions {
  /** At the minimum text size and still too big: clamp to the lines that fit, with an ellipsis. */
  clampLines?: boolean;
}

/**
 * Shrinks `content` step by step until it fits `box`. The content's font sizes are written as
 * `max(var(--min-text), calc(<preferred> * var(--fit, 1)))`, so this only sets `--fit`; the CSS keeps every
 * size at or above the layout's minimum text height. When a step no longer makes the text smaller, the
 * minimum is reached: if it still overflows, the content is clipped (an ellipsis where lines are clamped)
 * and marked `data-overflow="true"`. Returns the scale used.
 */
export function fitContent(box: HTMLElement, content: HTMLElement, options: FitOptions = {}): number {
  content.style.removeProperty('--lines');
  delete content.dataset.overflow;
  let previous = '';
  for (const scale of FIT_STEPS) {
    content.style.setProperty('--fit', String(scale));
    if (fits(box, content)) return scale;
    // When a smaller step no longer makes the content smaller, every text in it is at the minimum.
    const size = `${content.offsetHeight}x${content.scrollWidth}`;
    if (size === previous) break;
    previous = size;
  }
  content.dataset.overflow = 'true';
  if (options.clampLines) {
    const lineHeight = lineHeightPx(content);
    const available = box.clientHeight - verticalPadding(box);
    if (lineHeight > 0) content.style.setProperty('--lines', String(Math.max(1, Math.floor(available / lineHeight))));
  }
  return Number(content.style.getPropertyValue('--fit')) || 1;
}

function fits(box: HTMLElement, content: HTMLElement): boolean {
  const available = box.clientHeight - verticalPadding(box);
  // scrollHeight counts what pokes out of the line boxes too (stacked Vietnamese diacritics).
  const height = Math.max(content.offsetHeight, content.scrollHeight);
  return height <= available + 0.5 && content.scrollWidth <= content.clientWidth + 0.5;
}

function lineHeightPx(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const lineHeight = parseFloat(style.lineHeight);
  return Number.isFinite(lineHeight) ? lineHeight : (parseFloat(style.fontSize) || 0) * 1.3;
}

function verticalPadding(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return (parseFloat(style.paddingTop) || 0) + (parseFloat(style.paddingBottom) || 0);
}

/**
 * Keeps `content` fitted to `box`: on mount, whenever `key` changes (new text, new options), when the box
 * is resized and once the web fonts have loaded (they change the text's width).
 */
export function useFitContent(box: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, key: unknown, options: FitOptions = {}): void {
  const clampLines = options.clampLines ?? false;
  useLayoutEffect(() => {
    const boxElement = box.current;
    const contentElement = content.current;
    if (!boxElement || !contentElement) return;
    const fit = () => fitContent(boxElement, contentElement, { clampLines });
    fit();
    let alive = true;
    void document.fonts?.ready.then(() => {
      if (alive) fit();
    });
    let observer: ResizeObserver | undefined;
    if (typeof ResizeObserver !== 'undefined') {
      let lastWidth = boxElement.clientWidth;
      let lastHeight = boxElement.clientHeight;
      observer = new ResizeObserver(() => {
        if (boxElement.clientWidth === lastWidth && boxElement.clientHeight === lastHeight) return;
        lastWidth = boxElement.clientWidth;
        lastHeight = boxElement.clientHeight;
        fit();
      });
      observer.observe(boxElement);
    }
    return () => {
      alive = false;
      observer?.disconnect();
    };
  }, [box, content, key, clampLines]);
}
