/**
 * A case's hearings, oldest first. The hearing listed next can be recorded once its day has
 * come — held, or adjourned with the reason — always with the next date, which lists the next
 * hearing; or moved to another day. A pending case with nothing listed can be listed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileJj } from '../../shared/api/cases-contract';
import { hearingOutcomeSchema, nextListingSchema, type Hearing } from '../../shared/domain/hearings';
import { formatDate, todayIst } from '../../shared/util/dates';
import { api } from '../api';
import { useSession } from '../auth/session';
import { SaveCancel } from '../casefile/form-bits';
import { Form } from '../ui/Form';
import { SelectField, TextAreaField } from '../ui/fields';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { purposeLabel } from './labels';
import { ListingFields, listingOf, type ListingDraft } from './ListingFields';

type Open = { kind: 'record' | 'relist'; hearing: Hearing } | { kind: 'list' } | null;

export function HearingsSection({ kase, onChanged }: { kase: CaseFileJj; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState(false);
  const listed = kase.hearings.find((h) => h.status === 'scheduled');
  const writable = can('children.write') && kase.status === 'pending';
  const done = () => {
    setOpen(null);
    setSaved(true);
    onChanged();
  };
  const start = (o: Open) => {
    setSaved(false);
    setOpen(o);
  };

  return (
    <section className="view-section" aria-labelledby="hearings-title">
      <h2 id="hearings-title">{t('cases.hearings.title')}</h2>
      {saved && <Notice>{t('cases.hearings.saved')}</Notice>}
      {kase.hearings.length === 0 ? (
        <p className="hint">{t('cases.hearings.none')}</p>
      ) : (
        <table className="cf-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.hearings.col.date')}</th>
              <th scope="col">{t('cases.hearings.col.bench')}</th>
              <th scope="col">{t('cases.hearings.col.purpose')}</th>
              <th scope="col">{t('cases.hearings.col.status')}</th>
              <th scope="col">{t('cases.hearings.col.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {kase.hearings.map((h) => (
              <tr key={h.id} className={h.status === 'scheduled' ? 'listed' : undefined}>
                <td className="nowrap">{formatDate(h.date)}</td>
                <td>{h.bench}</td>
                <td>{purposeLabel(t, h.purpose)}</td>
                <td>{t(`cases.hearings.status.${h.status}`)}</td>
                <td dir="auto">{[h.reason, h.proceedings].filter(Boolean).join(' — ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {writable && open === null && (
        <div className="actions">
          {listed && listed.date <= todayIst() && (
            <button type="button" className="primary" onClick={() => start({ kind: 'record', hearing: listed })}>
              {t('cases.hearings.record')}
            </button>
          )}
          {listed && (
            <button type="button" onClick={() => start({ kind: 'relist', hearing: listed })}>
              {t('cases.hearings.relist')}
            </button>
          )}
          {!listed && (
            <button type="button" onClick={() => start({ kind: 'list' })}>
              {t('cases.hearings.list')}
            </button>
          )}
        </div>
      )}
      {open?.kind === 'record' && <OutcomeForm kase={kase} hearing={open.hearing} onDone={done} onCancel={() => setOpen(null)} />}
      {open && open.kind !== 'record' && <ListingForm kase={kase} hearing={open.kind === 'relist' ? open.hearing : null} onDone={done} onCancel={() => setOpen(null)} />}
      {writable && <p className="hint">{t('cases.hearings.needNext')}</p>}
    </section>
  );
}

interface FormProps {
  kase: CaseFileJj;
  onDone: () => void;
  onCancel: () => void;
}

function OutcomeForm({ kase, hearing, onDone, onCancel }: FormProps & { hearing: Hearing }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [proceedings, setProceedings] = useState('');
  const [next, setNext] = useState<ListingDraft>({ date: '', bench: hearing.bench, purpose: '' });
  const form = useFormStatus();
  const title = t('cases.hearings.recordTitle', { date: formatDate(hearing.date) });
  async function save() {
    const input = form.check(hearingOutcomeSchema, { hearingId: hearing.id, outcome: outcome || undefined, reason, proceedings, next: listingOf(next) });
    if (input && (await form.submit(async () => void (await api.call('hearings.record', input))))) onDone();
  }
  return (
    <Form onSubmit={save} onCancel={onCancel} aria-label={title} className="spec-form">
      <h3>{title}</h3>
      <ErrorMessage>{form.banner ?? form.fieldError('hearingId')}</ErrorMessage>
      <SelectField
        label={t('cases.hearings.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={[
          { value: 'held', label: t('cases.hearings.outcomes.held') },
          { value: 'adjourned', label: t('cases.hearings.outcomes.adjourned') },
        ]}
        placeholder={t('casefile.notChosen')}
        error={form.fieldError('outcome')}
        autoFocus
      />
      {outcome === 'adjourned' && <TextAreaField label={t('cases.hearings.reason')} value={reason} onChange={setReason} error={form.fieldError('reason')} rows={2} dir="auto" />}
      <TextAreaField label={`${t('cases.hearings.proceedings')} ${t('common.optional')}`} value={proceedings} onChange={setProceedings} error={form.fieldError('proceedings')} rows={2} dir="auto" />
      <ListingFields authority={kase.authority} draft={next} onChange={setNext} error={(k) => form.fieldError(k === '' ? 'next' : `next.${k}`)} dateLabel={t('cases.hearings.nextDate')} exclude={['production']} />
      <SaveCancel busy={form.busy} onCancel={onCancel} />
    </Form>
  );
}

function ListingForm({ kase, hearing, onDone, onCancel }: FormProps & { hearing: Hearing | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ListingDraft>(() => (hearing ? { date: formatDate(hearing.date), bench: hearing.bench, purpose: hearing.purpose } : { date: '', bench: '', purpose: '' }));
  const form = useFormStatus();
  const title = hearing ? t('cases.hearings.relistTitle', { date: formatDate(hearing.date) }) : t('cases.hearings.listTitle');
  async function save() {
    const listing = form.check(nextListingSchema, listingOf(draft));
    if (!listing) return;
    const ok = await form.submit(async () => {
      if (hearing) await api.call('hearings.relist', { hearingId: hearing.id, listing });
      else await api.call('hearings.list', { caseId: kase.id, listing });
    }, 'listing');
    if (ok) onDone();
  }
  return (
    <Form onSubmit={save} onCancel={onCancel} aria-label={title} className="spec-form">
      <h3>{title}</h3>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <ListingFields authority={kase.authority} draft={draft} onChange={setDraft} error={form.fieldError} exclude={['production']} />
      <SaveCancel busy={form.busy} onCancel={onCancel} />
    </Form>
  );
}
