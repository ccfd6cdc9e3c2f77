/**
 * The deadlines page: due and overdue items, "my work" (the rules a person's role answers
 * for) or everyone's, with their legal sources, and the rules not followed yet because
 * nothing records what they need.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { DeadlineCounts, DeadlineItems } from './DeadlineItems';

/** The most urgent; a page of thousands helps nobody, and the register filters the rest by child. */
const SHOWN = 500;

export function DeadlinesPage() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const { data, error } = useQuery('deadlines.list', { scope, limit: SHOWN });
  return (
    <section className="page page-wide">
      <h1>{t('deadlines.title')}</h1>
      <p className="hint">{t('deadlines.intro')}</p>
      <div className="report-controls">
        <SelectField
          label={t('deadlines.showLabel')}
          value={scope}
          onChange={(v) => setScope(v === 'all' ? 'all' : 'mine')}
          options={[
            { value: 'mine', label: t('deadlines.mine') },
            { value: 'all', label: t('deadlines.all') },
          ]}
        />
      </div>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {!data && !error && <p role="status">{t('deadlines.loading')}</p>}
      {data && (
        <>
          <DeadlineCounts counts={data.counts} />
          {data.items.length === 0 ? <p>{t('deadlines.nothing')}</p> : <DeadlineItems items={data.items} withSources />}
          {data.items.length < data.counts.overdue + data.counts.due && <p className="hint">{t('deadlines.firstShown', { count: data.items.length })}</p>}
          {data.inactive.length > 0 && (
            <section className="view-section">
              <h2>{t('deadlines.inactiveTitle')}</h2>
              <ul>
                {data.inactive.map((r) => (
                  <li key={r.ruleId}>{t('deadlines.inactive', { rule: t(`deadlines.rule.${r.ruleId}` as 'deadlines.rule.icp', { defaultValue: r.title }) })}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
