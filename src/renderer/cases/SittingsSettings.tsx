/**
 * Settings › Sittings: the days the Board and the Committee sit and their benches. Hearings
 * are listed only on these days before these benches (checked in the backend).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sittingsSchema, WEEKDAYS, type Sittings } from '../../shared/domain/hearings';
import { AUTHORITIES } from '../../shared/domain/jj-case';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { Form } from '../ui/Form';
import { CheckboxField, TextField } from '../ui/fields';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { tr } from './labels';

export function SittingsSettings() {
  const { t } = useTranslation();
  const { data, error } = useQuery('sittings.get', {});
  if (error) return <ErrorMessage>{describeError(t, error)}</ErrorMessage>;
  if (!data) return <p role="status">{t('app.loading')}</p>;
  return <SittingsForm initial={data} />;
}

type Draft = Record<(typeof AUTHORITIES)[number], { days: number[]; benches: string }>;

function SittingsForm({ initial }: { initial: Sittings }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => ({ jjb: { days: initial.jjb.days, benches: initial.jjb.benches.join(', ') }, cwc: { days: initial.cwc.days, benches: initial.cwc.benches.join(', ') } }));
  const [saved, setSaved] = useState(false);
  const form = useFormStatus();
  const set = (a: keyof Draft, change: Partial<Draft[keyof Draft]>) => setDraft((d) => ({ ...d, [a]: { ...d[a], ...change } }));

  async function save() {
    setSaved(false);
    const benches = (s: string) => s.split(',').map((b) => b.trim()).filter(Boolean);
    const input = form.check(sittingsSchema, { jjb: { days: draft.jjb.days, benches: benches(draft.jjb.benches) }, cwc: { days: draft.cwc.days, benches: benches(draft.cwc.benches) } });
    if (!input) return;
    setSaved(await form.submit(async () => void (await api.call('sittings.update', input))));
  }

  return (
    <section className="settings-section">
      <h2>{t('cases.sittings.title')}</h2>
      <p className="hint">{t('cases.sittings.intro')}</p>
      <ErrorMessage>{form.banner}</ErrorMessage>
      {saved && <Notice>{t('cases.sittings.saved')}</Notice>}
      <Form onSubmit={save} aria-label={t('cases.sittings.title')}>
        {AUTHORITIES.map((a) => (
          <fieldset key={a} className="choices">
            <legend>{t(`cases.authority.${a}`)}</legend>
            <fieldset className={form.fieldError(`${a}.days`) ? 'choices field-invalid' : 'choices'}>
              <legend>{t('cases.sittings.days')}</legend>
              {WEEKDAYS.map((d) => (
                <CheckboxField
                  key={d}
                  label={tr(t, `cases.sittings.day.${d}`)}
                  checked={draft[a].days.includes(d)}
                  onChange={(on) => set(a, { days: on ? [...draft[a].days, d] : draft[a].days.filter((x) => x !== d) })}
                />
              ))}
              {form.fieldError(`${a}.days`) && <span className="field-error">{form.fieldError(`${a}.days`)}</span>}
            </fieldset>
            <TextField label={`${t('cases.sittings.benches')} (${t(`cases.authorityShort.${a}`)})`} hint={t('cases.sittings.benchesHint')} value={draft[a].benches} onChange={(v) => set(a, { benches: v })} error={form.fieldError(`${a}.benches`)} />
          </fieldset>
        ))}
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {form.busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </Form>
    </section>
  );
}
