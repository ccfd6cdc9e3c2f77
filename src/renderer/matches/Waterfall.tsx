/**
 * How the engine reached its probability, as a waterfall: the prior (how rare a true match is
 * among all the reports), then one bar per comparison from where the running total stood —
 * to the right when the comparison speaks for the match, to the left when against — and the
 * total. It is a real table: the numbers (weight, running total) are in their own columns, so
 * a screen reader reads every step; the drawn bars are decoration beside them.
 */
import { useTranslation } from 'react-i18next';
import { SEXES } from '../../shared/domain/child';
import { ConceptName, LevelName, ReasonText } from './MatchBits';
import { formatBits, formatPercent, scalePosition, waterfall, type Explanation } from './match-format';

/** The engine's values show dates as yyyy-mm-dd; people here read dd-mm-yyyy. */
const localDates = (v: string) => v.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3-$2-$1');

function Value({ v }: { v: string | null }) {
  const { t } = useTranslation();
  if (v === null) return <span className="hint">{t('common.notRecorded')}</span>;
  if ((SEXES as readonly string[]).includes(v)) return <>{t(`sex.${v as (typeof SEXES)[number]}`)}</>;
  return <span dir="auto">{localDates(v)}</span>;
}

function Track({ from, to, min, max, kind }: { from: number; to: number; min: number; max: number; kind: string }) {
  const left = scalePosition(Math.min(from, to), min, max);
  const width = Math.abs(scalePosition(to, min, max) - scalePosition(from, min, max));
  const sign = to >= from ? 'up' : 'down';
  return (
    <div className="wf-track" aria-hidden="true">
      <div className="wf-zero" style={{ left: `${scalePosition(0, min, max)}%` }} />
      {/* A comparison that weighed nothing draws no bar (a sliver would read as a small weight). */}
      {from !== to && <div className={`wf-bar wf-${kind} wf-${sign}`} style={{ left: `${left}%`, width: `max(${width}%, 3px)` }} />}
    </div>
  );
}

/**
 * `values` replaces the engine's own wording of a concept's two values where the page can say
 * them better (the engine's are short English, e.g. "born 2014-08-15").
 */
export function Waterfall({ explanation, values = {} }: { explanation: Explanation; values?: Record<string, [string, string]> }) {
  const { t } = useTranslation();
  const { steps, min, max } = waterfall(explanation);
  return (
    <table className="table waterfall" aria-describedby="wf-how">
      <caption>
        <span id="wf-how" className="hint">
          {t('review.wfHow')}
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('review.wfComparison')}</th>
          <th scope="col">{t('review.wfChild')}</th>
          <th scope="col">{t('review.wfReport')}</th>
          <th scope="col" className="wf-chart-head">
            <span className="wf-axis" aria-hidden="true">
              <span>← {t('review.wfAgainst')}</span>
              <span>{t('review.wfFor')} →</span>
            </span>
          </th>
          <th scope="col" className="num">
            {t('review.wfWeight')}
          </th>
          <th scope="col" className="num">
            {t('review.wfRunning')}
          </th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s, i) => {
          const missing = s.bar?.level === 'missing';
          return (
            <tr key={i} className={`wf-row-${s.kind}${missing ? ' wf-missing' : ''}`}>
              {s.kind === 'bar' && s.bar ? (
                <>
                  <th scope="row">
                    <ConceptName concept={s.bar.concept} />
                    <span className="wf-level">
                      <LevelName level={s.bar.level} />
                    </span>
                    {!missing && <ReasonText bar={s.bar} />}
                  </th>
                  <td>
                    <Value v={values[s.bar.concept] && s.bar.valueA !== null ? values[s.bar.concept]![0] : s.bar.valueA} />
                  </td>
                  <td>
                    <Value v={values[s.bar.concept] && s.bar.valueB !== null ? values[s.bar.concept]![1] : s.bar.valueB} />
                  </td>
                </>
              ) : (
                <th scope="row" colSpan={3}>
                  {s.kind === 'prior' ? t('review.wfPrior') : t('review.wfTotal', { probability: formatPercent(explanation.probability) })}
                  {s.kind === 'prior' && <span className="wf-reason">{t('review.wfPriorWhy')}</span>}
                </th>
              )}
              <td className="wf-chart">
                <Track from={s.from} to={s.to} min={min} max={max} kind={s.kind} />
              </td>
              <td className="num mono">{formatBits(s.weight)}</td>
              <td className="num mono">{formatBits(s.to)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
