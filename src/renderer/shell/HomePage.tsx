import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../api';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { ErrorMessage } from '../ui/messages';
import { routeHref } from './router';
import { DeadlinesPanel } from '../deadlines/DeadlinesPanel';
import type { ChildCounts } from '../../shared/domain/child';


export function HomePage() {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const mayRead = can('children.read');
  const [counts, setCounts] = useState<ChildCounts | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const mayReview = can('matches.review');
  const [newMatches, setNewMatches] = useState<number | null>(null);

  useEffect(() => {
    if (!mayReview) return;
    let live = true;
    api
      .call('matches.newCount', {})
      .then((c) => live && setNewMatches(c.count))
      .catch(() => {
        // The count is a pointer to the Matches page, which says what went wrong itself.
      });
    return () => {
      live = false;
    };
  }, [mayReview]);

  useEffect(() => {
    if (!mayRead) return;
    let live = true;
    api
      .call('children.counts', {})
      .then((c) => live && setCounts(c))
      .catch((e: unknown) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [mayRead]);

  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      <p>{t('home.welcome', { name: session.user.displayName })}</p>
      {mayReview && newMatches !== null && newMatches > 0 && (
        <p className="message message-info home-matches">
          <a href={routeHref({ area: 'matches' })}>{t('home.newMatches', { count: newMatches })}</a>
        </p>
      )}
      {!mayRead && <p>{t('home.noAccess')}</p>}
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {mayRead && (
        <>
          <dl className="counts">
            <Count label={t('home.present')} value={counts?.present} />
            <Count label={t('home.onLeave')} value={counts?.onLeave} />
            <Count label={t('home.runaway')} value={counts?.runaway} />
            <Count label={t('home.onRoll')} value={counts?.onRoll} />
            <Count label={t('home.cncp')} value={counts?.onRollCncp} />
            <Count label={t('home.ccl')} value={counts?.onRollCcl} />
          </dl>
          <p>
            <a href={routeHref({ area: 'children' })}>{t('home.openChildren')}</a>
          </p>
          <DeadlinesPanel />
        </>
      )}
    </section>
  );
}

function Count({ label, value }: { label: string; value: number | undefined }) {
  return (
    <div className="count">
      <dt>{label}</dt>
      <dd>{value ?? '…'}</dd>
    </div>
  );
}
