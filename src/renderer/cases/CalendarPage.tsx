/** The hearing calendar of a month: the days the Board or Committee sits, and how many hearings each has. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayOf } from '../../shared/domain/hearings';
import { AUTHORITIES, type Authority } from '../../shared/domain/jj-case';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { recentMonths } from '../reports/periods';
import { SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { tr } from './labels';

/** This month and the next five, then the past year: hearings are listed ahead. */
function months(): string[] {
  const past = recentMonths(13);
  const now = past[0]!;
  const [y, m] = now.split('-').map(Number) as [number, number];
  const ahead = Array.from({ length: 5 }, (_, i) => {
    const k = y * 12 + (m - 1) + 5 - i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
  return [...ahead, ...past];
}

export function CalendarPage() {
  const { t } = useTranslation();
  const options = months();
  const [month, setMonth] = useState(options[5]!);
  const [authority, setAuthority] = useState<Authority>('jjb');
  const { data, error } = useQuery('cases.calendar', { month, authority });
  const lead = data ? (weekdayOf(data.days[0]!.date) + 6) % 7 : 0;
  return (
    <section className="page page-wide">
      <h1>{t('cases.calendar.title')}</h1>
      <div className="report-controls">
        <SelectField label={t('cases.authorityLabel')} value={authority} onChange={(v) => setAuthority(v as Authority)} options={AUTHORITIES.map((a) => ({ value: a, label: t(`cases.authority.${a}`) }))} />
        <SelectField label={t('cases.calendar.month')} value={month} onChange={setMonth} options={options.map((m) => ({ value: m, label: m }))} />
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {data && (
        <table className="calendar" aria-label={`${t('cases.calendar.title')} ${month}`}>
          <thead>
            <tr>
              {[1, 2, 3, 4, 5, 6, 0].map((d) => (
                <th key={d} scope="col">
                  {tr(t, `cases.calendar.weekdays.${d}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: Math.ceil((lead + data.days.length) / 7) }, (_, week) => (
              <tr key={week}>
                {Array.from({ length: 7 }, (_, i) => {
                  const day = data.days[week * 7 + i - lead];
                  if (!day) return <td key={i} />;
                  return (
                    <td key={i} className={day.sitting ? 'sitting' : 'not-sitting'}>
                      <span className="day-number">{Number(day.date.slice(8))}</span>
                      <span className="day-note">{day.sitting ? (day.hearings > 0 ? t('cases.calendar.hearings', { count: day.hearings }) : '') : t('cases.calendar.notSitting')}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
