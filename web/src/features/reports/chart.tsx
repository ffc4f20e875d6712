import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export interface Series {
  readonly name: string;
  readonly values: readonly number[];
}

/**
 * A bar chart (ECharts, SVG renderer, tree-shaken to what it uses). The figure is described
 * for screen readers by its caption and ECharts' aria description; the same figures are in the
 * table next to it.
 */
export function Bars({
  title,
  categories,
  series,
  horizontal,
}: {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly Series[];
  readonly horizontal?: boolean;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    const category = {
      type: 'category' as const,
      data: [...categories],
      axisLabel: { interval: 0, width: 110, overflow: 'truncate' as const },
    };
    const value = { type: 'value' as const, minInterval: 1 };
    chart.setOption({
      aria: { enabled: true, label: { description: title } },
      color: ['#0b3c5d', '#f2c94c', '#00703c', '#d4351c'],
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0 },
      grid: { left: 10, right: 20, top: 40, bottom: 10, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: series.map((item) => ({ type: 'bar', name: item.name, data: [...item.values] })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [title, categories, series, horizontal]);
  return (
    <figure className="chart-figure">
      <figcaption className="govuk-heading-s">{title}</figcaption>
      <div ref={element} className="chart" role="img" aria-label={title} data-testid="chart" />
    </figure>
  );
}
