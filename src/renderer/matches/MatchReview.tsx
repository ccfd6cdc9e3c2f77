/**
 * One pair, side by side: the child in care and the missing-child report, field by field; the
 * child's photo (for roles that may see photos — the snapshot carries none for reports); how
 * the engine weighed them (the waterfall); and the decision: Confirm, Reject or Not sure, with
 * a note (Alt+C, Alt+R, Alt+N). A decided pair shows who decided and when, and the decision
 * can be changed (the backend keeps one decision per pair and journals every change). After a
 * decision the screen moves on to the next pair still to be decided.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../shared/api/contract';
import { ageAtAdmission, currentAge } from '../../shared/domain/child';
import { formatDate, formatDateTimeIst, todayIst } from '../../shared/util/dates';
import { api, asApiError, type ApiError } from '../api';
import { useSession } from '../auth/session';
import { Photo } from '../children/ChildPhotos';
import { describeError } from '../i18n/messages';
import { navigate, routeHref } from '../shell/router';
import { TextAreaField } from '../ui/fields';
import { ErrorMessage, Notice } from '../ui/messages';
import { clearFlash, peekFlash, setFlash } from './flash';
import { LabelBadge } from './MatchBits';
import { DECISION_LETTERS, decisionForKey, formatPercent, nextPair, openPairs } from './match-format';
import { Waterfall } from './Waterfall';

type Pair = OutputOf<'matches.pair'>;
type Decision = 'confirm' | 'reject' | 'not_sure';
const DECISIONS: Decision[] = ['confirm', 'reject', 'not_sure'];

export function MatchReview({ childId, reportId }: { childId: string; reportId: string }) {
  const { t } = useTranslation();
  const [pair, setPair] = useState<Pair | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [flash] = useState(peekFlash);
  useEffect(clearFlash, []);

  useEffect(() => {
    let live = true;
    api
      .call('matches.pair', { childId, reportId })
      .then((p) => live && setPair(p))
      .catch((e: unknown) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [childId, reportId]);

  return (
    <section className="page page-wide match-review">
      <p className="no-print">
        <a href={routeHref({ area: 'matches' })}>← {t('review.back')}</a>
      </p>
      <h1>{t('review.title')}</h1>
      {flash && <Notice>{flash}</Notice>}
      {error && <ErrorMessage>{error.code === 'not_found' ? t('review.notFound') : describeError(t, error)}</ErrorMessage>}
      {!pair && !error && <p role="status">{t('app.loading')}</p>}
      {pair && <PairView pair={pair} childId={childId} reportId={reportId} />}
    </section>
  );
}

function PairView({ pair, childId, reportId }: { pair: Pair; childId: string; reportId: string }) {
  const { t } = useTranslation();
  const { candidate, decision } = pair;
  return (
    <>
      <div className="match-summary">
        {candidate ? (
          <>
            <LabelBadge label={candidate.label} />
            <span className="match-pct-big">{t('review.probability', { probability: formatPercent(candidate.probability) })}</span>
          </>
        ) : (
          <span className="hint">{t('review.notRanked')}</span>
        )}
      </div>
      <SideBySide pair={pair} reportId={reportId} />
      <section className="view-section" aria-labelledby="wf-title">
        <h2 id="wf-title">{t('review.wfTitle')}</h2>
        {candidate ? <Waterfall explanation={candidate.explanation} values={{ 'age in time': ageTexts(t, pair.child, pair.report) }} /> : <p>{t('review.noExplanation')}</p>}
      </section>
      <DecisionPanel childId={childId} reportId={reportId} admissionNo={pair.child.admissionNo} current={decision} />
    </>
  );
}

/** Age and date of birth, as each side recorded them, in words (the engine's own strings are English). */
function ageTexts(t: TFunction, child: Pair['child'], r: Pair['report']): [string, string] {
  const years = (n: number | null) => (n === null ? null : t('child.years', { n }));
  const today = currentAge(child, todayIst());
  const childAge = [
    child.dob ? t('review.born', { date: formatDate(child.dob) }) : null,
    today !== null ? t('review.ageToday', { age: years(today) }) : null,
    !child.dob && ageAtAdmission(child) !== null ? t('review.ageAtAdmission', { age: years(ageAtAdmission(child)) }) + (child.ageEstimated ? ` ${t('review.estimated')}` : '') : null,
  ]
    .filter(Boolean)
    .join('; ');
  const reportAge = r ? [r.dob ? t('review.born', { date: formatDate(r.dob) }) : null, r.ageYears !== null ? t('review.ageWhenMissing', { age: years(r.ageYears) }) : null].filter(Boolean).join('; ') : '';
  return [childAge, reportAge];
}

function SideBySide({ pair, reportId }: { pair: Pair; reportId: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { child, report: r } = pair;
  const dash = t('common.notRecorded');
  const text = (v: string | null | undefined): ReactNode => (v ? <span dir="auto">{v}</span> : <span className="hint">{dash}</span>);
  const list = (v: string[] | undefined) => text(v && v.length ? v.join(', ') : null);
  const [childAge, reportAge] = ageTexts(t, child, r);
  const a = child.address;
  const cm = (n: number | null | undefined) => (n === null || n === undefined ? null : t('child.cm', { n }));

  const rows: [string, ReactNode, ReactNode][] = [
    [t('child.field.name'), child.name === null ? <span className="withheld">{t('children.withheld')}</span> : text(child.name), text(r?.name)],
    [t('child.field.aliases'), list(child.aliases), list(r?.aliases)],
    [t('child.field.sex'), t(`sex.${child.sex}`), r ? t(`sex.${r.sex}`) : text(null)],
    [t('review.age'), text(childAge), text(reportAge)],
    [t('review.when'), t('review.admittedOn', { date: formatDateTimeIst(child.admittedAt).slice(0, 10) }), r ? t('review.missingSince', { date: formatDate(r.dateMissing) }) : text(null)],
    [t('child.field.fatherName'), text(child.fatherName), text(r?.fatherName)],
    [t('child.field.motherName'), text(child.motherName), text(r?.motherName)],
    [t('child.field.village'), text(a.village), text(r?.village)],
    [t('child.field.policeStation'), text(a.policeStation), text(r?.policeStation)],
    [t('child.field.district'), text(a.district), text(r?.district)],
    [t('child.field.state'), text(a.state), text(r?.state)],
    [t('child.field.languages'), list(child.languages), list(r?.languages)],
    [t('child.field.heightCm'), text(cm(child.heightCm)), text(cm(r?.heightCm))],
    [t('child.field.identificationMarks'), text(child.identificationMarks), text(r?.identificationMarks)],
    // The register has no complexion field; reports may have one.
    [t('review.complexion'), text(null), text(r?.complexion)],
    [t('review.firNo'), text(null), text(r?.firNo)],
  ];

  return (
    <section className="view-section" aria-labelledby="sbs-title">
      <h2 id="sbs-title">{t('review.sideBySide')}</h2>
      {!r && <p className="message message-info">{t('review.reportGone')}</p>}
      <table className="table side-by-side">
        <thead>
          <tr>
            <td />
            <th scope="col">
              {t('review.childInCare')}
              <br />
              <a className="mono" href={routeHref({ area: 'child', id: child.id })}>
                {child.admissionNo}
              </a>
            </th>
            <th scope="col">
              {t('review.missingReport')}
              <br />
              <span className="mono">{reportId}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('child.sectionPhotos')}</th>
            <td>
              {child.photos.length === 0 ? (
                <span className="hint">{t('child.noPhotos')}</span>
              ) : can('photos.view') ? (
                <Photo photoId={child.photos[0]!.id} alt={t('child.photoAlt', { n: 1, admissionNo: child.admissionNo })} />
              ) : (
                <div className="photo-hidden" title={t('child.photoHiddenTitle')}>
                  {t('child.photoHidden')}
                </div>
              )}
            </td>
            <td>
              <span className="hint">{t('review.noReportPhoto')}</span>
            </td>
          </tr>
          {rows.map(([label, childValue, reportValue]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{childValue}</td>
              <td>{reportValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DecisionPanel({ childId, reportId, admissionNo, current }: { childId: string; reportId: string; admissionNo: string; current: Pair['decision'] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [note, setNote] = useState(current?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const busyRef = useRef(false);

  const decide = useCallback(
    async (decision: Decision) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      setError(null);
      try {
        // The order of the list before deciding, to find the pair that came after this one.
        const before = openPairs(await api.call('matches.list', {}));
        await api.call('matches.decide', { childId, reportId, decision, note: note.trim() || undefined });
        const after = openPairs(await api.call('matches.list', {}));
        setFlash(t(`review.saved.${decision}`, { child: admissionNo, report: reportId }));
        const next = nextPair(before, after, { childId, reportId });
        navigate(next ? { area: 'matchPair', childId: next.childId, reportId: next.reportId } : { area: 'matches' });
      } catch (e) {
        setError(asApiError(e));
        busyRef.current = false;
        setBusy(false);
      }
    },
    [childId, reportId, admissionNo, note, t],
  );

  // Alt+C, Alt+R, Alt+N anywhere on this screen, the note box included.
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const d = decisionForKey(e);
      if (!d) return;
      e.preventDefault();
      void decide(d);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [decide]);

  return (
    <section className="view-section decision-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{current ? t('review.changeTitle') : t('review.decideTitle')}</h2>
      {current && (
        <p className="decision-current" data-testid="current-decision">
          <span className={`decision decision-${current.decision}`}>{t(`matchDecision.${current.decision}`)}</span>{' '}
          {t('review.decidedBy', { name: current.decidedBy, date: formatDateTimeIst(current.decidedAt) })}
          {current.note && (
            <>
              <br />
              {t('review.noteWas')} <span dir="auto">{current.note}</span>
            </>
          )}
        </p>
      )}
      <p className="hint">{t('review.decideHint')}</p>
      <TextAreaField label={t('review.note')} hint={t('review.noteHint')} value={note} onChange={setNote} rows={3} maxLength={2000} disabled={busy} />
      <div className="actions decision-buttons">
        {DECISIONS.map((d) => (
          <button
            key={d}
            type="button"
            className={`decide-${d}${current?.decision === d ? ' decide-current' : ''}`}
            onClick={() => void decide(d)}
            disabled={busy}
            aria-keyshortcuts={`Alt+${DECISION_LETTERS[d]}`}
          >
            {t(`review.button.${d}`)} <kbd>Alt+{DECISION_LETTERS[d]}</kbd>
          </button>
        ))}
      </div>
      {busy && <p role="status">{t('common.saving')}</p>}
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
    </section>
  );
}
