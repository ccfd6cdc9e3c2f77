/**
 * Matches: pairs of a child in care and a missing-child report, for a person to review.
 * Three tabs, best first — New (first seen since you last looked), Possible (seen, or marked
 * "not sure"), Decided (confirmed or rejected) — above the snapshot they were matched against
 * and a "Match again" button (after admissions: re-matching is not automatic).
 *
 * When "new" stops being new: once a list with new pairs has been shown, the page calls
 * matches.markSeen. The pairs stay under New for as long as this page is open (the list on
 * screen is not re-read), and are under Possible from the next visit on. Marking right after
 * showing, not when leaving, keeps the window small in which a pair first seen by another run
 * could be marked seen without having been on screen.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTimeIst } from '../../shared/util/dates';
import { api, ApiError, asApiError } from '../api';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/use-job';
import { routeHref } from '../shell/router';
import { SyncError } from '../sync/SyncError';
import { ErrorMessage, Notice } from '../ui/messages';
import { clearFlash, peekFlash } from './flash';
import { LabelBadge, ReasonChip } from './MatchBits';
import { formatPercent, matchRunSummary, pairKey, topBars, type Explanation, type MatchItem, type MatchList } from './match-format';
import { SnapshotStatusLine } from './SnapshotStatusLine';
import { useExplanations, useMatchList } from './use-matches';
import { useSnapshotStatus } from './use-snapshot-status';

const TABS = ['new', 'possible', 'decided'] as const;
type Tab = (typeof TABS)[number];

/** The tab last chosen, kept while the app is open so that coming back from a review lands there. */
let chosenTab: Tab | null = null;

export function MatchesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const mayReview = can('matches.review');
  const { list, error, reload } = useMatchList(mayReview);
  const snapshot = useSnapshotStatus();
  const explanations = useExplanations(list);
  const [flash] = useState(peekFlash);
  const marked = useRef<MatchList | null>(null);
  useEffect(clearFlash, []);

  // Shown: what is listed as new is no longer new for this person (see the note at the top).
  useEffect(() => {
    if (!list || list.new.length === 0 || marked.current === list) return;
    marked.current = list;
    void api.call('matches.markSeen', {}).catch(() => {
      // Not marked: the pairs are simply new again next time.
    });
  }, [list]);

  if (!mayReview) {
    return (
      <section className="page">
        <h1>{t('matches.title')}</h1>
        <p className="message message-info">{t('matches.noPermission')}</p>
      </section>
    );
  }

  return (
    <section className="page page-wide matches-page">
      <h1>{t('matches.title')}</h1>
      <p className="page-intro">{t('matches.intro')}</p>
      {flash && <Notice>{flash}</Notice>}
      <section className="panel" aria-labelledby="snapshot-title">
        <h2 id="snapshot-title">{t('snapshot.title')}</h2>
        {snapshot.error && <ErrorMessage>{describeError(t, snapshot.error)}</ErrorMessage>}
        {snapshot.status && <SnapshotStatusLine status={snapshot.status} />}
        {snapshot.status?.held && (
          <Rematch
            expired={snapshot.status.held.expired}
            onFinished={() => {
              reload();
              snapshot.reload();
            }}
          />
        )}
        {snapshot.status && !snapshot.status.held && can('sync.run') && (
          <p>
            <a href={routeHref({ area: 'sync' })}>{t('snapshot.goImport')}</a>
          </p>
        )}
      </section>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {!list && !error && <p role="status">{t('app.loading')}</p>}
      {list && list.withheldCcl > 0 && <p className="message message-info">{t('matches.withheldCcl', { count: list.withheldCcl })}</p>}
      {list && <MatchTabs list={list} explanations={explanations} />}
    </section>
  );
}

function Rematch({ expired, onFinished }: { expired: boolean; onFinished: () => void }) {
  const { t } = useTranslation();
  const job = useJob();
  const [startError, setStartError] = useState<ApiError | null>(null);
  const { event } = job;
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);
  useEffect(() => {
    if (event && event.state !== 'running') finished.current();
  }, [event]);

  async function start() {
    setStartError(null);
    try {
      await job.start(() => api.call('matches.rematch', {}));
    } catch (e) {
      setStartError(asApiError(e));
    }
  }

  const failure = startError ?? (event?.state === 'failed' && event.error ? ApiError.from(event.error) : null);
  const summary = event?.state === 'done' ? matchRunSummary(event.result) : null;
  return (
    <>
      <div className="actions">
        <button type="button" onClick={() => void start()} disabled={job.running || expired} aria-describedby="rematch-hint">
          {t('matches.rematch')}
        </button>
        <span className="hint" id="rematch-hint">
          {expired ? t('matches.rematchExpired') : t('matches.rematchHint')}
        </span>
      </div>
      {job.running && (
        <JobProgress
          event={event}
          label={t('matches.rematchProgress')}
          startingText={t('matches.rematchStarting')}
          runningText={(done, total) => t('matches.rematchRunning', { done, total })}
          cancelLabel={t('common.cancel')}
          onCancel={job.cancel}
        />
      )}
      {summary && <Notice>{t('matches.rematchDone', { children: summary.children, count: summary.newPairs })}</Notice>}
      {event?.state === 'cancelled' && <Notice>{t('matches.rematchCancelled')}</Notice>}
      {failure && <SyncError error={failure} prefix={t('matches.rematchFailed')} />}
    </>
  );
}

/** A date and time that does not break across lines (non-breaking hyphens and space) in a narrow column. */
const unbroken = (s: string) => s.replace(/-/g, '\u2011').replace(/ /g, '\u00a0');

const byProbability = (a: MatchItem, b: MatchItem) => (b.probability ?? -1) - (a.probability ?? -1);

function MatchTabs({ list, explanations }: { list: MatchList; explanations: Map<string, Explanation> }) {
  const { t } = useTranslation();
  const id = useId();
  const firstFull = TABS.find((x) => list[x].length > 0) ?? 'new';
  const initial = chosenTab && (chosenTab !== 'new' || list.new.length > 0) ? chosenTab : firstFull;
  const [tab, setTab] = useState<Tab>(initial);
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  function choose(next: Tab, focus = false) {
    chosenTab = next;
    setTab(next);
    if (focus) tabRefs.current.get(next)?.focus();
  }

  // Arrow keys move between the tabs (the ARIA tabs pattern); Tab goes on into the list.
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const i = TABS.indexOf(tab);
    const to = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null;
    if (!to) return;
    e.preventDefault();
    choose(to, true);
  }

  const items = [...list[tab]].sort(byProbability);
  return (
    <>
      <div className="tabs match-tabs" role="tablist" aria-label={t('matches.tabsLabel')} onKeyDown={onKeyDown}>
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`${id}-tab-${x}`}
            aria-selected={tab === x}
            aria-controls={`${id}-panel`}
            tabIndex={tab === x ? 0 : -1}
            ref={(el) => {
              if (el) tabRefs.current.set(x, el);
            }}
            onClick={() => choose(x)}
          >
            {t(`matches.tab.${x}`)} <span className="tab-count">{list[x].length}</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="match-panel">
        <p className="hint">{t(`matches.tabHint.${tab}`)}</p>
        {items.length === 0 ? <p className="empty">{t(`matches.empty.${tab}`)}</p> : <PairTable items={items} tab={tab} explanations={explanations} />}
      </div>
    </>
  );
}

function PairTable({ items, tab, explanations }: { items: MatchItem[]; tab: Tab; explanations: Map<string, Explanation> }) {
  const { t } = useTranslation();
  return (
    <table className="table match-table">
      <caption className="visually-hidden">{t(`matches.tab.${tab}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('matches.colChild')}</th>
          <th scope="col">{t('matches.colReport')}</th>
          <th scope="col">{t('matches.colLabel')}</th>
          <th scope="col">{t('matches.colReasons')}</th>
          {tab !== 'new' && <th scope="col">{t('matches.colDecision')}</th>}
          <th scope="col">
            <span className="visually-hidden">{t('matches.colOpen')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((m) => {
          const explanation = explanations.get(pairKey(m));
          return (
            <tr key={pairKey(m)}>
              <td>
                <span className="mono">{m.admissionNo}</span>
                <br />
                <span dir="auto" className="match-name">
                  {m.childName}
                </span>
              </td>
              <td>
                <span className="mono">{m.reportId}</span>
                <br />
                {m.reportName === null ? <span className="hint">{t('matches.reportClosed')}</span> : <span dir="auto">{m.reportName}</span>}
              </td>
              <td>
                <LabelBadge label={m.label} />
                <br />
                <span className="match-pct">{m.probability === null ? t('common.notRecorded') : t('review.probability', { probability: formatPercent(m.probability) })}</span>
              </td>
              <td className="match-reasons">
                {explanation ? (
                  topBars(explanation).map((b) => <ReasonChip key={b.concept} bar={b} />)
                ) : (
                  <span className="hint">{t('common.notRecorded')}</span>
                )}
              </td>
              {tab !== 'new' && (
                <td>
                  {m.decision ? (
                    <>
                      <span className={`decision decision-${m.decision.decision}`}>{t(`matchDecision.${m.decision.decision}`)}</span>
                      <br />
                      <span className="hint">{t('matches.decidedBy', { name: m.decision.decidedBy, date: unbroken(formatDateTimeIst(m.decision.decidedAt)) })}</span>
                    </>
                  ) : (
                    <span className="hint">{t('matches.undecided')}</span>
                  )}
                </td>
              )}
              <td>
                <a className="button" href={routeHref({ area: 'matchPair', childId: m.childId, reportId: m.reportId })} aria-label={t('matches.openPairLabel', { child: m.admissionNo, report: m.reportId })}>
                  {t('matches.openPair')}
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
