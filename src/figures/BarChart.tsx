/**
 * A horizontal bar chart in SVG: one bar per country, largest first, one bar highlighted. The axis
 * (a round maximum and round ticks) comes from d3-array's `nice` and `ticks`, the same functions
 * d3-scale uses, at a tenth of d3-scale's bytes; React draws. The drawing is 340 units wide and
 * scales to its box, so on a 390 px phone the labels stay about 12 px tall. Screen readers get the
 * chart as one image with a title and a description that lists every value; the table behind it
 * carries the same.
 */
import { nice, ticks as tickValues } from 'd3-array';
import { useId } from 'react';

/** `key`: the country as the data names it (stable across languages); `label`: its name as shown. */
export type Bar = { key: string; label: string; value: number; highlight: boolean };

type BarChartProps = {
  title: string;
  bars: Bar[];
  /** How a bar's value is written at its end, e.g. "3.8 Mt". */
  formatValue: (n: number) => string;
  /** How a value is written on the axis, e.g. "40". */
  formatTick: (n: number) => string;
  /** The axis's unit, written after the last tick, e.g. "Mt REO". */
  axisUnit: string;
};

const WIDTH = 340;
const LABEL_WIDTH = 92;
const VALUE_WIDTH = 62;
const ROW = 24;
const AXIS = 22;
const BOTTOM = 4;
/** Bar thickness as a share of its row. */
const BAR = 0.7;
const TICK_COUNT = 4;

export function BarChart({ title, bars, formatValue, formatTick, axisUnit }: BarChartProps) {
  const id = useId();
  const height = AXIS + bars.length * ROW + BOTTOM;
  const [, top] = nice(0, Math.max(...bars.map((b) => b.value)), TICK_COUNT);
  const x = (v: number) => LABEL_WIDTH + (v / top) * (WIDTH - VALUE_WIDTH - LABEL_WIDTH);
  const bandwidth = ROW * BAR;
  const y = (i: number) => AXIS + i * ROW + (ROW - bandwidth) / 2;
  const ticks = tickValues(0, top, TICK_COUNT);
  const description = bars.map((b) => `${b.label}: ${formatValue(b.value)}`).join('; ');
  return (
    <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g className="bar-chart-axis" aria-hidden="true">
        {ticks.map((t, i) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y1={AXIS - 4} y2={height - BOTTOM} />
            <text y={AXIS - 8} textAnchor={i === 0 ? 'start' : 'middle'}>
              {formatTick(t)}
              {i === ticks.length - 1 ? ` ${axisUnit}` : ''}
            </text>
          </g>
        ))}
      </g>
      {bars.map((b, i) => {
        const barTop = y(i);
        const middle = barTop + bandwidth / 2;
        const end = x(b.value);
        return (
          <g
            key={b.key}
            className={b.highlight ? 'bar bar--highlight' : 'bar'}
            data-label={b.key}
            data-value={b.value}
            aria-hidden="true"
          >
            <text className="bar-label" x={LABEL_WIDTH - 6} y={middle} dy="0.35em" textAnchor="end">
              {b.label}
            </text>
            {/* A bar too short to see still gets a one-unit sliver, so it is not mistaken for a gap. */}
            <rect x={LABEL_WIDTH} y={barTop} width={Math.max(end - LABEL_WIDTH, 1)} height={bandwidth} />
            <text className="bar-value" x={Math.max(end, LABEL_WIDTH + 1) + 4} y={middle} dy="0.35em">
              {formatValue(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
