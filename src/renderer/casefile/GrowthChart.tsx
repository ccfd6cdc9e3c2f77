/**
 * The height/weight chart of Form 43's medical history, drawn as SVG from the measurement at
 * admission and every check-up: height on the left scale, weight (and the doctor's
 * admissible weight, dashed) on the right. Works the same on screen, in print and in PDF.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrowthPoint } from '../../shared/domain/health';
import { formatDate } from '../../shared/util/dates';
import { dateScale, valueScale, type Scale } from './growth-scale';

const W = 640;
const H = 280;
const PAD = { left: 56, right: 56, top: 16, bottom: 40 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

type Series = 'heightCm' | 'weightKg' | 'admissibleWeightKg';

export function GrowthChart({ points }: { points: readonly GrowthPoint[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (points.length === 0) return <p className="hint">{t('casefile.chart.empty')}</p>;

  const time = dateScale(points.map((p) => p.date));
  const height = valueScale(points.map((p) => p.heightCm));
  const weight = valueScale(points.flatMap((p) => [p.weightKg, p.admissibleWeightKg]));
  const x = (d: string) => PAD.left + time.at(d) * PLOT_W;
  const y = (s: Scale, v: number) => PAD.top + (1 - s.at(v)) * PLOT_H;

  function line(series: Series, scale: Scale | null, className: string) {
    if (!scale) return null;
    const pts = points.filter((p) => p[series] !== null).map((p) => [x(p.date), y(scale, p[series]!)] as const);
    if (pts.length === 0) return null;
    return (
      <g className={className}>
        <polyline points={pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')} fill="none" />
        {pts.map(([a, b], i) => (
          <circle key={i} cx={a} cy={b} r={3.5} />
        ))}
      </g>
    );
  }

  return (
    <figure className="growth-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} width="100%">
        <title id={titleId}>{t('casefile.chart.title')}</title>
        <rect x={PAD.left} y={PAD.top} width={PLOT_W} height={PLOT_H} className="plot" />
        {height?.ticks.map((v) => (
          <g key={`h${v}`} className="tick">
            <line x1={PAD.left} x2={PAD.left + PLOT_W} y1={y(height, v)} y2={y(height, v)} className="grid" />
            <text x={PAD.left - 6} y={y(height, v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {weight?.ticks.map((v) => (
          <text key={`w${v}`} className="tick" x={PAD.left + PLOT_W + 6} y={y(weight, v) + 4}>
            {v}
          </text>
        ))}
        <text className="axis-label" x={12} y={PAD.top + PLOT_H / 2} transform={`rotate(-90 12 ${PAD.top + PLOT_H / 2})`} textAnchor="middle">
          {t('casefile.chart.heightAxis')}
        </text>
        <text className="axis-label" x={W - 10} y={PAD.top + PLOT_H / 2} transform={`rotate(90 ${W - 10} ${PAD.top + PLOT_H / 2})`} textAnchor="middle">
          {t('casefile.chart.weightAxis')}
        </text>
        <text className="tick" x={PAD.left} y={H - 16} textAnchor="start">
          {formatDate(time.first)}
        </text>
        <text className="tick" x={PAD.left + PLOT_W} y={H - 16} textAnchor="end">
          {formatDate(time.last)}
        </text>
        {line('heightCm', height, 'series-height')}
        {line('weightKg', weight, 'series-weight')}
        {line('admissibleWeightKg', weight, 'series-admissible')}
      </svg>
      <figcaption className="chart-legend">
        <span className="key-height">{t('casefile.chart.height')}</span>
        <span className="key-weight">{t('casefile.chart.weight')}</span>
        <span className="key-admissible">{t('casefile.chart.admissible')}</span>
      </figcaption>
    </figure>
  );
}
