/** On a child's record: the child's cases before the Board or Committee, and registering one. */
import { useTranslation } from 'react-i18next';
import type { Child } from '../../shared/domain/child';
import { formatDate } from '../../shared/util/dates';
import { useQuery } from '../api/use-query';
import { useSession } from '../auth/session';
import { routeHref } from '../shell/router';
import { limitText } from './labels';

export function ChildCases({ child }: { child: Child }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data } = useQuery('cases.list', { authority: null, status: null, query: '', childId: child.id });
  return (
    <section className="view-section" aria-labelledby="child-cases-title">
      <h2 id="child-cases-title">{t('cases.child.title')}</h2>
      {data && data.length === 0 && <p className="hint">{t('cases.child.none')}</p>}
      {data && data.length > 0 && (
        <ul>
          {data.map((c) => (
            <li key={c.id}>
              {c.identified ? <a href={routeHref({ area: 'case', id: c.id })}>{c.caseNo}</a> : c.caseNo} · {t(`cases.authorityShort.${c.authority}`)} · {c.status === 'disposed' ? t('cases.status.disposed') : `${t('cases.col.nextHearing')}: ${formatDate(c.nextHearing) || t('common.notRecorded')}`}
              {c.limit && ` · ${limitText(t, c.limit)}`}
            </li>
          ))}
        </ul>
      )}
      {can('children.write') && child.identified && (
        <a className="button" href={routeHref({ area: 'cases', page: 'new', childId: child.id })}>
          {t('cases.child.register')}
        </a>
      )}
    </section>
  );
}
