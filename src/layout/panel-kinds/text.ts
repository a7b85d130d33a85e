import { z } from 'zod';
import { definePanelKind } from './define.js';

// Plain text only: rendered as text, never as HTML; control characters other than newlines are refused.
const plainText = z
  .string()
  .min(1, 'must not be empty')
  .max(2000, 'must be at most 2000 characters')
  .refine(isPlainText, { message: 'must be plain text (no control characters)' })
  .transform((value) => value.normalize('NFC'));

export const textOptions = z.strictObject({
  text: plainText,
  size: z.enum(['normal', 'large', 'huge']).default('large'),
  align: z.enum(['start', 'center']).default('start'),
  tone: z.enum(['neutral', 'info', 'warning', 'critical']).default('neutral'),
});

export type TextOptions = z.output<typeof textOptions>;

export const textKind = definePanelKind({
  kind: 'text',
  title: { vi: 'Văn bản giao ban', en: 'Briefing text' },
  optionsVersion: 1,
  options: textOptions,
  migrations: {},
  channels: () => [],
  textNeeds: (options, cell) => ({ lines: wrappedLines(options.text, cell.widthEm), smallPrintLines: 0 }),
});

/** Lines the text takes at the minimum height in a cell `widthEm` wide (an average letter is about 0.55 em). */
export function wrappedLines(text: string, widthEm: number): number {
  const perLine = Math.max(1, Math.floor(widthEm / 0.55));
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

function isPlainText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x0a) || code === 0x7f) return false;
  }
  return true;
}
