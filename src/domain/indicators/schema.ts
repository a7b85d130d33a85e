import { z } from 'zod';
import { REPORTING_FREQUENCIES, REPORTING_REGIMES } from '../reporting-period.js';
import { INDICATOR_GROUP_CODES, indicatorGroup } from './groups.js';

/** A lower-case slug: letters a–z and digits in words joined by single dashes, e.g. "gdp-growth". */
export const INDICATOR_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest code: "kt-xh.<code>" must stay a valid feed metric code (at most 80 characters). */
export const INDICATOR_CODE_MAX = 64;

export const AREA_LEVELS = ['national', 'provincial'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

const text = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value === value.trim(), { message: 'must not start or end with white space' })
    .refine((value) => value === value.normalize('NFC'), { message: 'must be in Unicode NFC (composed diacritics)' });

const oneOf = (values: readonly string[]) => `must be one of: ${values.join(', ')}`;

/** One indicator of the catalogue, as data (catalogue.data.ts, or an operator-supplied entry). */
export const indicatorSchema = z
  .strictObject({
    code: z
      .string({ error: 'must be a string' })
      .max(INDICATOR_CODE_MAX, `must be at most ${INDICATOR_CODE_MAX} characters`)
      .regex(INDICATOR_CODE_PATTERN, 'must be a lower-case slug: letters a–z and digits, words joined by single dashes (e.g. "gdp-growth")'),
    number: z.string({ error: 'must be a string' }).regex(/^\d{4}$/, 'must be four digits: the group number, then the ordinal within the group (e.g. "0105")'),
    name: z.strictObject({ vi: text(300), en: text(300) }, { error: 'must be an object { vi, en }' }),
    group: z.enum(INDICATOR_GROUP_CODES, { error: oneOf(INDICATOR_GROUP_CODES) }),
    unit: text(24),
    frequency: z.enum(REPORTING_FREQUENCIES, { error: oneOf(REPORTING_FREQUENCIES) }),
    /** The responsible ministry or agency, as data (names change: see the 2025 mergers). */
    owner: text(160),
    /** Which periods its figures cover: calendar ones ('statistical') or the decree's (cut off on the 14th). */
    regime: z.enum(REPORTING_REGIMES, { error: oneOf(REPORTING_REGIMES) }),
    areaLevel: z.enum(AREA_LEVELS, { error: oneOf(AREA_LEVELS) }),
    /** Where the figure turns worrying and serious: above (or below) `warning`, then `critical`. */
    thresholds: z
      .strictObject({ worse: z.enum(['above', 'below']), warning: z.number(), critical: z.number() })
      .refine((t) => (t.worse === 'above' ? t.critical >= t.warning : t.critical <= t.warning), { message: 'critical must lie beyond warning' })
      .optional(),
    /** True when the entry was invented (unit, owner, frequency assumed), not taken from the official appendix. */
    example: z.boolean({ error: 'must be true or false' }),
  })
  .superRefine((entry, context) => {
    if (!/^\d{4}$/.test(entry.number)) return; // already reported by the field's own check
    const group = indicatorGroup(entry.group);
    if (!entry.number.startsWith(group.number)) {
      context.addIssue({ code: 'custom', path: ['number'], message: `must start with "${group.number}", the number of group "${entry.group}"` });
    } else if (entry.number.endsWith('00')) {
      context.addIssue({ code: 'custom', path: ['number'], message: 'the ordinal within the group starts at 01' });
    }
  });

export type Indicator = z.infer<typeof indicatorSchema>;
