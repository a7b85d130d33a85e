import { describe, expect, it } from 'vitest';
import { indicatorCodeOfMetric, loadIndicatorCatalogue } from '../../src/domain/indicators/index.js';
import { AQI_CITIES } from '../../src/domain/areas/index.js';
import { HOUR } from '../time.js';
import { concentration } from './aqi.js';
import { createChannelModels } from './index.js';

// What an independent check of the simulator's output found: the reference backend must be as honest as
// the one it stands in for.
const models = createChannelModels(11);
const at = (text: string) => Date.parse(text);
const TIMES = ['2025-06-30T20:00:00+07:00', '2026-03-14T23:00:00+07:00', '2026-11-22T10:00:00+07:00'].map(at);
const catalogue = new Map(loadIndicatorCatalogue().indicators.map((indicator) => [indicator.code, indicator]));

describe('the simulator’s data is honest', () => {
  it('counts people and events in whole numbers, and the provinces add up to the country', () => {
    const model = models.get('indicators/kt-xh')!;
    let counted = 0;
    for (const t of TIMES) {
      const { observations } = model.snapshot(t);
      const groups = new Map<string, { national: number | null; provinces: number }>();
      for (const o of observations) {
        const indicator = catalogue.get(indicatorCodeOfMetric(o.metric) ?? '');
        if (!indicator || !['count', 'persons', 'units'].includes(indicator.unit)) continue;
        counted++;
        expect(Number.isInteger(o.value), `${o.metric} ${o.area} ${o.period.start}: ${o.value}`).toBe(true);
        if (indicator.areaLevel !== 'provincial') continue;
        const key = `${o.metric}|${o.period.start}|${o.period.end}|${o.revision ?? 0}`;
        const group = groups.get(key) ?? { national: null, provinces: 0 };
        if (o.area === 'VN') group.national = o.value;
        else if (o.area.startsWith('VN34-') || /^VN-\d{2}$|^VN-[A-Z]{2}$/.test(o.area)) group.provinces += o.value;
        groups.set(key, group);
      }
      for (const [key, group] of groups) if (group.national !== null && group.provinces > 0 && !key.endsWith('|1')) expect(group.provinces, key).toBe(group.national);
    }
    expect(counted).toBeGreaterThan(100);
  });
});

describe('the simulator tells the same quantity the same way on two channels', () => {
  it('the monthly traffic-accident indicators are the daily accident reports summed over the reporting month', () => {
    // The daily figures of 15 Oct – 14 Nov 2026 as last revised, from two snapshots that cover the month.
    const daily = new Map<string, number>();
    for (const t of ['2026-11-01T12:00:00+07:00', '2026-11-20T12:00:00+07:00']) {
      for (const o of models.get('traffic/accidents')!.snapshot(at(t)).observations) {
        if (o.period.frequency !== 'day' || o.period.start < '2026-10-15' || o.period.start > '2026-11-14' || (o.metric !== 'deaths' && o.metric !== 'accidents')) continue;
        daily.set(`${o.metric}|${o.area}|${o.period.start}`, o.value);
      }
    }
    const sums = new Map<string, number>();
    for (const [key, value] of daily) {
      const [metric, area] = key.split('|');
      sums.set(`${metric}|${area}`, (sums.get(`${metric}|${area}`) ?? 0) + value);
    }
    const monthly = models.get('indicators/kt-xh')!.snapshot(at('2026-12-01T12:00:00+07:00')).observations.filter((o) => o.period.start === '2026-10-15' && o.period.end === '2026-11-14' && (o.metric === 'kt-xh.traffic-accidents' || o.metric === 'kt-xh.traffic-accident-deaths'));
    expect(monthly.length).toBeGreaterThan(30);
    for (const o of monthly) {
      const metric = o.metric === 'kt-xh.traffic-accidents' ? 'accidents' : 'deaths';
      expect(o.value, `${o.metric} ${o.area}`).toBe(sums.get(`${metric}|${o.area}`));
    }
  });
});

describe('the simulator’s derived figures follow their sources', () => {
  it('recomputes deaths per day when the last day’s deaths are revised', () => {
    const model = models.get('traffic/accidents')!;
    let revisedDays = 0;
    for (let d = 16; d <= 28; d++) {
      const day = `2026-10-${String(d).padStart(2, '0')}`;
      // Two days later, after the 07:00 revision: every day of the period as finally reported.
      const after = model.snapshot(at(`2026-10-${String(d + 2).padStart(2, '0')}T07:10:00+07:00`)).observations;
      const deaths = after.filter((o) => o.metric === 'deaths' && o.area === 'VN' && o.period.frequency === 'day' && o.period.start >= '2026-10-15' && o.period.start <= day);
      const perDay = after.find((o) => o.metric === 'deaths.per-day' && o.area === 'VN' && o.period.end === day)!;
      const sum = deaths.reduce((total, o) => total + o.value, 0);
      expect(deaths).toHaveLength(d - 14);
      // Rounded to hundredths, as published.
      expect(Math.abs(perDay.value - sum / (d - 14)), day).toBeLessThanOrEqual(0.005 + 1e-9);
      if (perDay.revision > 0) revisedDays++;
    }
    expect(revisedDays).toBeGreaterThan(0);
  });
});

describe('the simulator’s provinces are the units of their time', () => {
  it('uses the 63 units on every channel for periods before 1 July 2025, the 34 after', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [channel, model] of models) {
      for (const o of model.snapshot(at('2025-06-30T20:00:00+07:00')).observations) {
        if (o.area === 'VN' || o.area === 'WORLD') continue;
        checked++;
        const before = o.period.end.slice(0, 10) < '2025-07-01';
        const is34 = o.area.startsWith('VN34-');
        if (before === is34) wrong.push(`${channel} ${o.metric} ${o.area} ${o.period.start}–${o.period.end}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('the simulator’s indicators follow their regime’s periods', () => {
  it('puts statistical indicators (GDP, CPI, trade, credit) on calendar periods and administrative ones on the decree’s (cut off on the 14th)', () => {
    const model = models.get('indicators/kt-xh')!;
    const seen = { statistical: 0, 'decree-09': 0 };
    for (const t of TIMES) {
      for (const o of model.snapshot(t).observations) {
        const indicator = catalogue.get(indicatorCodeOfMetric(o.metric) ?? '');
        if (!indicator) continue;
        seen[indicator.regime]++;
        const where = `${o.metric} (${indicator.regime}) ${o.period.start}–${o.period.end}`;
        const end = new Date(`${o.period.end}T00:00:00Z`);
        const lastOfMonth = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
        if (indicator.regime === 'statistical') {
          expect(o.period.start.slice(8), where).toBe('01');
          expect(end.getUTCDate(), where).toBe(lastOfMonth);
        } else {
          expect(o.period.start.slice(8), where).toBe('15');
          expect(o.period.end.slice(8), where).toBe('14');
        }
      }
    }
    expect(seen.statistical).toBeGreaterThan(100);
    expect(seen['decree-09']).toBeGreaterThan(100);
  });

  it('says in the catalogue which regime each indicator follows', () => {
    expect(catalogue.get('gdp-growth')?.regime).toBe('statistical');
    expect(catalogue.get('cpi')?.regime).toBe('statistical');
    expect(catalogue.get('budget-revenue')?.regime).toBe('decree-09');
  });
});

describe('the simulator’s air quality is physical', () => {
  it('never has more PM2.5 than PM10 at one station in one hour (PM10 holds the PM2.5), over a year', () => {
    const start = Date.parse('2025-12-01T00:00:00+07:00');
    const broken: string[] = [];
    for (const city of AQI_CITIES) {
      for (let hour = 0; hour < 24 * 365; hour++) {
        const at = start + hour * HOUR;
        const pm25 = concentration(11, city.iso63, 'conc.pm25', at);
        const pm10 = concentration(11, city.iso63, 'conc.pm10', at);
        if (pm25 > pm10) broken.push(`${city.iso63} ${new Date(at).toISOString()}: PM2.5 ${pm25} > PM10 ${pm10}`);
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
  });
});
