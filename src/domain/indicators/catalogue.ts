import { INDICATOR_CATALOGUE_DATA } from './catalogue.data.js';
import type { IndicatorGroupCode } from './groups.js';
import { INDICATOR_CODE_MAX, INDICATOR_CODE_PATTERN, indicatorSchema, type Indicator } from './schema.js';

/** Where an entry came from: the built-in data, or the `extra` array an operator supplied. */
export type IndicatorSource = 'catalogue' | 'extra';

export interface IndicatorIssue {
  source: IndicatorSource;
  /** Index of the entry in its source array. */
  index: number;
  /** The entry's code, when it has a readable one. */
  code?: string;
  /** Dotted path of the field at fault ("name.vi"), or "" for the entry as a whole. */
  field: string;
  message: string;
}

const describe = (issue: IndicatorIssue) =>
  `${issue.source}[${issue.index}]${issue.code ? ` ("${issue.code}")` : ''}${issue.field ? `.${issue.field}` : ''}: ${issue.message}`;

/** Thrown by loadIndicatorCatalogue: every problem found, each naming the entry's index and field. */
export class IndicatorCatalogueError extends Error {
  readonly issues: readonly IndicatorIssue[];

  constructor(issues: readonly IndicatorIssue[]) {
    super(`Invalid indicator catalogue (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((issue) => `  ${describe(issue)}`).join('\n')}`);
    this.name = 'IndicatorCatalogueError';
    this.issues = issues;
  }
}

export interface IndicatorCatalogue {
  /** The built-in entries in their order, then the extra ones in theirs. */
  readonly indicators: readonly Indicator[];
  get(code: string): Indicator | undefined;
  /** The indicators of one group, by number. */
  inGroup(group: IndicatorGroupCode): readonly Indicator[];
}

function codeOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !('code' in entry)) return undefined;
  return typeof entry.code === 'string' && entry.code.length <= INDICATOR_CODE_MAX ? entry.code : undefined;
}

const deepFreeze = (indicator: Indicator): Indicator => Object.freeze({ ...indicator, name: Object.freeze({ ...indicator.name }) });

/**
 * The indicator catalogue: the built-in entries (catalogue.data.ts) plus operator-supplied `extra` ones
 * (e.g. read from a JSON file), all validated. An extra entry may not reuse the code or the number of
 * another entry. Throws IndicatorCatalogueError listing every problem (entry index, code, field).
 */
export function loadIndicatorCatalogue(extra: readonly unknown[] = []): IndicatorCatalogue {
  if (!Array.isArray(extra)) throw new IndicatorCatalogueError([{ source: 'extra', index: 0, field: '', message: 'must be an array of indicator entries' }]);
  const issues: IndicatorIssue[] = [];
  const indicators: Indicator[] = [];
  const byCode = new Map<string, { source: IndicatorSource; index: number }>();
  const byNumber = new Map<string, { source: IndicatorSource; index: number; code: string }>();
  const inputs: [IndicatorSource, readonly unknown[]][] = [
    ['catalogue', INDICATOR_CATALOGUE_DATA],
    ['extra', extra],
  ];
  for (const [source, entries] of inputs) {
    entries.forEach((entry, index) => {
      const code = codeOf(entry);
      const parsed = indicatorSchema.safeParse(entry);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          issues.push({ source, index, ...(code ? { code } : {}), field: issue.path.map(String).join('.'), message: issue.message });
        }
        return;
      }
      const indicator = parsed.data;
      const sameCode = byCode.get(indicator.code);
      const sameNumber = byNumber.get(indicator.number);
      if (sameCode) {
        issues.push({ source, index, code: indicator.code, field: 'code', message: `duplicate code: already used by ${sameCode.source}[${sameCode.index}]` });
      }
      if (sameNumber) {
        issues.push({ source, index, code: indicator.code, field: 'number', message: `duplicate number "${indicator.number}": already used by ${sameNumber.source}[${sameNumber.index}] ("${sameNumber.code}")` });
      }
      if (sameCode || sameNumber) return;
      byCode.set(indicator.code, { source, index });
      byNumber.set(indicator.number, { source, index, code: indicator.code });
      indicators.push(deepFreeze(indicator));
    });
  }
  if (issues.length > 0) throw new IndicatorCatalogueError(issues);

  const lookup = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const groups = new Map<IndicatorGroupCode, Indicator[]>();
  for (const indicator of [...indicators].sort((a, b) => a.number.localeCompare(b.number))) {
    groups.set(indicator.group, [...(groups.get(indicator.group) ?? []), indicator]);
  }
  return Object.freeze({
    indicators: Object.freeze(indicators),
    get: (code: string) => lookup.get(code),
    inGroup: (group: IndicatorGroupCode) => groups.get(group) ?? [],
  });
}

/** Prefix of the indicator metrics on the feed channel indicators/kt-xh. */
export const INDICATOR_METRIC_PREFIX = 'kt-xh.';

export function isIndicatorCode(code: string): boolean {
  return code.length <= INDICATOR_CODE_MAX && INDICATOR_CODE_PATTERN.test(code);
}

/** The feed metric of an indicator: "gdp-growth" → "kt-xh.gdp-growth". */
export function indicatorMetric(code: string): string {
  if (!isIndicatorCode(code)) throw new RangeError(`"${code}" is not an indicator code (a lower-case slug such as "gdp-growth")`);
  return `${INDICATOR_METRIC_PREFIX}${code}`;
}

/** The indicator code of a feed metric: "kt-xh.gdp-growth" → "gdp-growth"; undefined for any other metric. */
export function indicatorCodeOfMetric(metric: string): string | undefined {
  if (!metric.startsWith(INDICATOR_METRIC_PREFIX)) return undefined;
  const code = metric.slice(INDICATOR_METRIC_PREFIX.length);
  return isIndicatorCode(code) ? code : undefined;
}

let builtIn: IndicatorCatalogue | null = null;
/** The built-in catalogue, validated once on first use (most importers never look an indicator up). */
export function builtInCatalogue(): IndicatorCatalogue {
  builtIn ??= loadIndicatorCatalogue();
  return builtIn;
}
