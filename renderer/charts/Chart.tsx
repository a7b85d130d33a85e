import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts.js';
import { LatestPerFrame } from './frame-scheduler.js';
import { optionShape } from './option-shape.js';
import './chart.css';

interface Props {
  option: ChartOption;
  /** What the chart shows, in words (screen readers; the chart itself is an image to them). */
  label: string;
  className?: string;
}

/**
 * An ECharts chart created once for its element and then only updated: a new `option` is handed to
 * `setOption` at most once per animation frame (the newest wins), never by re-creating the chart. The
 * element carries data-chart-updates (how many setOption calls) for checks from outside React.
 */
export function Chart({ option, label, className }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const updates = useRef<LatestPerFrame<ChartOption> | null>(null);

  useEffect(() => {
    const host = element.current!;
    const chart = echarts.init(host, undefined, { renderer: 'svg' });
    let count = 0;
    let shape = '';
    updates.current = new LatestPerFrame<ChartOption>((next) => {
      const nextShape = optionShape(next);
      chart.setOption(next, nextShape === shape ? undefined : { replaceMerge: ['series', 'xAxis', 'yAxis', 'grid'] });
      shape = nextShape;
      host.dataset.chartUpdates = String(++count);
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(host);
    return () => {
      updates.current?.dispose();
      updates.current = null;
      resize.disconnect();
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    updates.current?.push(option);
  }, [option]);

  return <div ref={element} className={className ? `chart ${className}` : 'chart'} role="img" aria-label={label} />;
}
