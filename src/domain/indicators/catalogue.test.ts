import { describe, expect, it } from 'vitest';
import { REPORTING_FREQUENCIES } from '../reporting-period.js';
import { metricSpec, CHANNELS } from '../../protocol/feed/channels.js';
import {
  INDICATOR_CATALOGUE_DATA,
  INDICATOR_GROUP_CODES,
  INDICATOR_GROUPS,
  IndicatorCatalogueError,
  indicatorCodeOfMetric,
  indicatorMetric,
  loadIndicatorCatalogue,
  type IndicatorIssue,
} from './index.js';

const entry = (overrides: Record<string, unknown> = {}) => ({
  code: 'fdi-disbursed-hanoi',
  number: '0421',
  name: { vi: 'Vốn FDI thực hiện trên địa bàn Hà Nội', en: 'FDI disbursed in Hà Nội' },
  group: 'business-environment',
  unit: 'USD m',
  frequency: 'month',
  owner: 'UBND thành phố Hà Nội',
  regime: 'decree-09',
  areaLevel: 'provincial',
  example: false,
  ...overrides,
});

const issuesOf = (extra: unknown[]): readonly IndicatorIssue[] => {
  try {
    loadIndicatorCatalogue(extra);
  } catch (error) {
    expect(error).toBeInstanceOf(IndicatorCatalogueError);
    return (error as IndicatorCatalogueError).issues;
  }
  throw new Error('expected loadIndicatorCatalogue to throw');
};

describe('indicator catalogue (Decision 293/QĐ-TTg)', () => {
  const catalogue = loadIndicatorCatalogue();

  it('has exactly 200 entries, all valid, all marked as examples', () => {
    expect(INDICATOR_CATALOGUE_DATA).toHaveLength(200);
    expect(catalogue.indicators).toHaveLength(200);
    expect(catalogue.indicators.every((indicator) => indicator.example)).toBe(true);
  });

  it('covers the nine groups, each numbered 01…09 with consecutive ordinals', () => {
    expect(INDICATOR_GROUPS.map((group) => group.number)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    expect(INDICATOR_GROUPS.map((group) => group.en)).toEqual([
      'Economic growth',
      'Public finance',
      'Macro-economic stability',
      'Business environment',
      'Labour and employment',
      'Social issues',
      'Environment',
      'Public administration serving people',
      'Infrastructure, science and technology',
    ]);
    expect(new Set(catalogue.indicators.map((indicator) => indicator.group))).toEqual(new Set(INDICATOR_GROUP_CODES));
    for (const group of INDICATOR_GROUPS) {
      const members = catalogue.inGroup(group.code);
      expect(members.length, group.code).toBeGreaterThanOrEqual(10);
      expect(members.map((indicator) => indicator.number)).toEqual(members.map((_, i) => `${group.number}${String(i + 1).padStart(2, '0')}`));
    }
  });

  it('has unique codes and numbers', () => {
    expect(new Set(catalogue.indicators.map((indicator) => indicator.code)).size).toBe(200);
    expect(new Set(catalogue.indicators.map((indicator) => indicator.number)).size).toBe(200);
  });

  it('keeps every text in NFC, Vietnamese names with their diacritics', () => {
    const texts = [
      ...catalogue.indicators.flatMap((indicator) => [indicator.name.vi, indicator.name.en, indicator.owner, indicator.unit]),
      ...INDICATOR_GROUPS.flatMap((group) => [group.vi, group.en]),
    ];
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
    // Every Vietnamese name carries at least one Vietnamese letter with a diacritic, or is an acronym-led name.
    const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
    for (const indicator of catalogue.indicators) expect(indicator.name.vi, indicator.code).toMatch(vietnamese);
    expect(catalogue.get('gdp-growth')?.name.vi).toBe('Tốc độ tăng tổng sản phẩm trong nước (GDP)');
  });

  it('uses only the four reporting frequencies and the two area levels', () => {
    for (const indicator of catalogue.indicators) {
      expect(REPORTING_FREQUENCIES, indicator.code).toContain(indicator.frequency);
      expect(['national', 'provincial'], indicator.code).toContain(indicator.areaLevel);
    }
    for (const frequency of REPORTING_FREQUENCIES) expect(catalogue.indicators.some((indicator) => indicator.frequency === frequency), frequency).toBe(true);
    // Eight monthly indicators come from every province (domain facts §1).
    expect(catalogue.indicators.filter((indicator) => indicator.frequency === 'month' && indicator.areaLevel === 'provincial')).toHaveLength(8);
  });

  it('contains the indicators the domain facts name', () => {
    for (const code of ['gdp', 'gdp-growth', 'labour-productivity', 'labour-productivity-growth', 'iip', 'cpi', 'exports', 'imports', 'fdi-registered', 'fdi-disbursed', 'budget-revenue', 'budget-expenditure', 'public-investment-disbursement', 'unemployment-rate', 'multidimensional-poverty-rate']) {
      expect(catalogue.get(code), code).toBeDefined();
    }
  });

  it('maps codes to feed metrics of indicators/kt-xh and back', () => {
    expect(indicatorMetric('gdp-growth')).toBe('kt-xh.gdp-growth');
    expect(indicatorCodeOfMetric('kt-xh.gdp-growth')).toBe('gdp-growth');
    expect(indicatorCodeOfMetric('conc.pm25')).toBeUndefined();
    expect(indicatorCodeOfMetric('kt-xh.')).toBeUndefined();
    expect(indicatorCodeOfMetric('kt-xh.GDP')).toBeUndefined();
    expect(() => indicatorMetric('GDP growth')).toThrow(RangeError);
    const channel = CHANNELS.get('indicators/kt-xh')!;
    for (const indicator of catalogue.indicators) {
      const metric = indicatorMetric(indicator.code);
      expect(metric).toMatch(/^[a-z0-9][a-z0-9._-]{0,79}$/); // a valid feed metric code (protocol/feed/records.ts)
      expect(metricSpec(channel, metric), metric).toBeDefined();
      expect(indicatorCodeOfMetric(metric)).toBe(indicator.code);
    }
  });

  it('freezes what it returns', () => {
    const first = catalogue.indicators[0]!;
    expect(Object.isFrozen(catalogue.indicators)).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.name)).toBe(true);
  });
});

describe('loadIndicatorCatalogue(extra)', () => {
  it('merges valid operator entries after the built-in ones', () => {
    const catalogue = loadIndicatorCatalogue([entry(), entry({ code: 'tet-bonus', number: '0519', group: 'labour-employment', frequency: 'year', unit: 'VND thousand' })]);
    expect(catalogue.indicators).toHaveLength(202);
    expect(catalogue.get('fdi-disbursed-hanoi')).toMatchObject({ example: false, areaLevel: 'provincial' });
    expect(catalogue.inGroup('business-environment').at(-1)?.code).toBe('fdi-disbursed-hanoi');
    expect(catalogue.indicators.at(-1)?.code).toBe('tet-bonus');
  });

  it('rejects a code or number already in use, naming both entries', () => {
    expect(issuesOf([entry({ code: 'gdp-growth' })])).toEqual([
      { source: 'extra', index: 0, code: 'gdp-growth', field: 'code', message: 'duplicate code: already used by catalogue[1]' },
    ]);
    expect(issuesOf([entry(), entry({ number: '0422' })])).toEqual([
      { source: 'extra', index: 1, code: 'fdi-disbursed-hanoi', field: 'code', message: 'duplicate code: already used by extra[0]' },
    ]);
    expect(issuesOf([entry({ number: '0101', group: 'economic-growth' })])).toEqual([
      { source: 'extra', index: 0, code: 'fdi-disbursed-hanoi', field: 'number', message: 'duplicate number "0101": already used by catalogue[0] ("gdp")' },
    ]);
  });

  it('rejects unknown groups, frequencies, area levels and fields, naming the index and field', () => {
    const issues = issuesOf([entry(), entry({ code: 'x-1', number: '1001', group: 'culture' }), entry({ code: 'x-2', frequency: 'week', colour: 'red' })]);
    expect(issues.map((issue) => `${issue.source}[${issue.index}].${issue.field}`)).toEqual(['extra[1].group', 'extra[2].frequency', 'extra[2].']);
    expect(issues[0]!.message).toMatch(/must be one of: economic-growth, .*infrastructure-science-technology/);
    expect(issues[1]!.message).toBe('must be one of: month, quarter, half-year, year');
    expect(issues[2]!.message).toMatch(/colour/);
    expect(issuesOf([entry({ areaLevel: 'district' })])[0]).toMatchObject({ field: 'areaLevel', message: 'must be one of: national, provincial' });
  });

  it('checks codes, numbers, names, units and owners', () => {
    const fields = (overrides: Record<string, unknown>) => issuesOf([entry(overrides)]).map((issue) => issue.field);
    expect(fields({ code: 'GDP Growth' })).toEqual(['code']);
    expect(fields({ code: 'gdp--growth' })).toEqual(['code']);
    expect(fields({ code: 'a'.repeat(65) })).toEqual(['code']);
    expect(fields({ number: '421' })).toEqual(['number']);
    expect(fields({ number: '0521' })).toEqual(['number']); // group 04, not 05
    expect(issuesOf([entry({ number: '0521' })])[0]!.message).toBe('must start with "04", the number of group "business-environment"');
    expect(fields({ number: '0400' })).toEqual(['number']);
    expect(fields({ name: { vi: 'Vốn FDI'.normalize('NFD'), en: 'FDI' } })).toEqual(['name.vi']);
    expect(fields({ name: { vi: 'Vốn FDI' } })).toEqual(['name.en']);
    expect(fields({ unit: '' })).toEqual(['unit']);
    expect(fields({ owner: ' Bộ Tài chính' })).toEqual(['owner']);
    expect(fields({ example: 'yes' })).toEqual(['example']);
  });

  it('reports every problem at once, in a readable message', () => {
    const extra = [entry({ code: 'gdp', frequency: 'daily' }), 'not an entry', entry({ code: 'ok-one', number: '0425' })];
    try {
      loadIndicatorCatalogue(extra);
      expect.unreachable();
    } catch (error) {
      const failure = error as IndicatorCatalogueError;
      expect(failure.issues.map((issue) => `${issue.index}:${issue.field}`)).toEqual(['0:frequency', '1:']);
      expect(failure.message).toContain('extra[0] ("gdp").frequency: must be one of: month, quarter, half-year, year');
      expect(failure.message).toContain('extra[1]: ');
    }
    expect(() => loadIndicatorCatalogue('nope' as unknown as unknown[])).toThrow(IndicatorCatalogueError);
  });
});
