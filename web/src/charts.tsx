// A small SVG chart of one figure over time: every report as a point (a range as a bar), so a
// reader sees a count rising or a report that disagrees.
import type { JSX } from 'preact';
import type { Figure } from './api.js';
import { formatDate, formatRange } from './format.js';

const WIDTH = 220;
const HEIGHT = 70;
const PAD = 8;

export function FigureChart(props: { reports: Figure[]; label: string }): JSX.Element | null {
  const points = props.reports
    .map((f) => ({ figure: f, time: f.date ? Date.parse(f.date.length === 7 ? `${f.date}-01` : f.date) : Number.NaN, low: f.min ?? f.max, high: f.max ?? f.min }))
    .filter((p) => !Number.isNaN(p.time) && p.low !== null && p.high !== null) as { figure: Figure; time: number; low: number; high: number }[];
  if (points.length === 0) return null;
  points.sort((a, b) => a.time - b.time);
  const t0 = points[0].time;
  const t1 = points[points.length - 1].time;
  const top = Math.max(...points.map((p) => p.high)) || 1;
  const x = (t: number) => (t1 === t0 ? WIDTH / 2 : PAD + ((t - t0) / (t1 - t0)) * (WIDTH - 2 * PAD));
  const y = (v: number) => HEIGHT - PAD - (v / top) * (HEIGHT - 2 * PAD);
  return (
    <svg class="figure-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={`${props.label} over time`}>
      <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} class="axis" />
      <polyline points={points.map((p) => `${x(p.time)},${y(p.high)}`).join(' ')} class="trend" />
      {points.map((p) => (
        <g key={p.figure.id}>
          {p.low !== p.high && <line x1={x(p.time)} x2={x(p.time)} y1={y(p.low)} y2={y(p.high)} class="range" />}
          <circle cx={x(p.time)} cy={y(p.high)} r={3.5} class="point">
            <title>{`${formatRange(p.figure.min, p.figure.max)} · ${formatDate(p.figure.date, true)}`}</title>
          </circle>
        </g>
      ))}
    </svg>
  );
}
