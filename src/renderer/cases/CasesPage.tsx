/**
 * The Board's and Committee's cases: filter by authority and status, search by case number
 * (and by admission number or name where the viewer may see them), each with its next
 * hearing and its time limit — a petty-offence case whose proceedings stand terminated by law
 * marked so. A case the viewer may not open shows its number only.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHORITIES, type Authority, type CaseStatus } from '../../shared/domain/jj-case';
import { formatDate } from '../../shared/util/dates';
import { useQuery } from '../api/use-query';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { routeHref } from '../shell/router';
import { SelectField, TextField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { limitText, purposeLabel } from './labels';

export function CasesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [authority, setAuthority] = useState<Authority | ''>('');
  const [status, setStatus] = useState<CaseStatus | ''>('pending');
  const [query, setQuery] = useState('');
  const { data, error } = useQuery('cases.list', { authority: authority || null, status: status || null, query, childId: null });
  return (
    <section className="page page-wide">
      <h1>{t('cases.title')}</h1>
      <p className="hint">{t('cases.intro')}</p>
      <p className="page-links">
        {can('children.write') && (
          <a className="button primary" href={routeHref({ area: 'cases', page: 'new' })}>
            {t('cases.register')}
          </a>
        )}
        <a className="button" href={routeHref({ area: 'cases', page: 'causeList' })}>
          {t('cases.causeListLink')}
        </a>
        <a className="button" href={routeHref({ area: 'cases', page: 'calendar' })}>
          {t('cases.calendarLink')}
        </a>
      </p>
      <div className="report-controls">
        <SelectField label={t('cases.authorityLabel')} value={authority} onChange={(v) => setAuthority(v as Authority | '')} options={[{ value: '', label: t('cases.all') }, ...AUTHORITIES.map((a) => ({ value: a, label: t(`cases.authority.${a}`) }))]} />
        <SelectField
          label={t('cases.statusLabel')}
          value={status}
          onChange={(v) => setStatus(v as CaseStatus | '')}
          options={[
            { value: '', label: t('cases.all') },
            { value: 'pending', label: t('cases.status.pending') },
            { value: 'disposed', label: t('cases.status.disposed') },
          ]}
        />
        <TextField label={t('cases.search')} hint={t('cases.searchHint')} value={query} onChange={setQuery} type="search" dir="auto" />
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {!data && !error && <p role="status">{t('cases.loading')}</p>}
      {data && data.length === 0 && <p>{t('cases.none')}</p>}
      {data && data.length > 0 && (
        <table className="report-table cases-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.col.caseNo')}</th>
              <th scope="col">{t('cases.col.authority')}</th>
              <th scope="col">{t('cases.col.child')}</th>
              <th scope="col">{t('cases.col.offenceClass')}</th>
              <th scope="col">{t('cases.col.nextHearing')}</th>
              <th scope="col">{t('cases.col.stage')}</th>
              <th scope="col">{t('cases.col.limit')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((c) => (
              <tr key={c.id} className={c.limit?.terminated ? 'terminated' : c.limit?.state === 'overdue' ? 'overdue' : undefined}>
                <td className="mono">{c.identified ? <a href={routeHref({ area: 'case', id: c.id })}>{c.caseNo}</a> : c.caseNo}</td>
                <td>{t(`cases.authorityShort.${c.authority}`)}</td>
                <td>
                  {c.identified ? (
                    <>
                      <span className="mono">{c.admissionNo}</span> <span dir="auto">{c.name}</span>
                    </>
                  ) : (
                    <span className="withheld">{t('cases.withheld')}</span>
                  )}
                </td>
                <td>{c.offenceClass ? t(`cases.offence.${c.offenceClass}`) : t('common.notRecorded')}</td>
                <td>{c.status === 'disposed' ? t('cases.status.disposed') : formatDate(c.nextHearing) || t('common.notRecorded')}</td>
                <td>{c.stage ? purposeLabel(t, c.stage) : t('common.notRecorded')}</td>
                <td>{c.limit?.terminated ? <strong className="terminated">{limitText(t, c.limit)}</strong> : limitText(t, c.limit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
