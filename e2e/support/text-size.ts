import type { Page } from 'playwright-core';

/** Provenance small print (source, cut-off, reported, received, a tile's source): read from half the distance. */
export const SMALL_PRINT = '.freshness-source, .freshness-times, .small-print';

export interface SmallestText {
  text: { px: number; text: string };
  smallPrint: { px: number; text: string };
}

/**
 * The smallest font size of any visible text on the page, in CSS px: of small print, and of everything
 * else — HTML and the charts' SVG text alike (the charts draw in SVG so that this sees them).
 */
export function smallestTextPx(page: Page): Promise<SmallestText> {
  return page.evaluate((smallPrintSelector) => {
    const smallest = { text: { px: Number.POSITIVE_INFINITY, text: '' }, smallPrint: { px: Number.POSITIVE_INFINITY, text: '' } };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.closest('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0 || box.height === 0) continue;
      const px = Number.parseFloat(style.fontSize);
      const kind = element.closest(smallPrintSelector) ? 'smallPrint' : 'text';
      if (px < smallest[kind].px) smallest[kind] = { px, text };
    }
    return smallest;
  }, SMALL_PRINT);
}
