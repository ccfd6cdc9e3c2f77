/** The home screen's due and overdue panel: the counts of "my work", and the five most urgent. */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { routeHref } from '../shell/router';
import { DeadlineCounts, DeadlineItems } from './DeadlineItems';

const SHOWN = 5;

export function DeadlinesPanel() {
  const { t } = useTranslation();
  // The home screen points to the deadlines page, which says what went wrong if this fails.
  const { data } = useQuery('deadlines.list', { scope: 'mine', limit: SHOWN });
  if (!data) return null;
  return (
    <section className="view-section home-deadlines" aria-labelledby="home-deadlines">
      <h2 id="home-deadlines">{t('deadlines.homeTitle')}</h2>
      <DeadlineCounts counts={data.counts} />
      {data.items.length === 0 ? <p>{t('deadlines.nothing')}</p> : <DeadlineItems items={data.items} withSources={false} />}
      <p>
        <a href={routeHref({ area: 'deadlines' })}>{t('deadlines.homeMore')}</a>
      </p>
    </section>
  );
}
