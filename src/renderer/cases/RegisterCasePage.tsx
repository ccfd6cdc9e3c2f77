/**
 * Registering a case: the authority, the child (found in the register by admission number or
 * name, among children of the category the authority deals with — or named by the child's
 * page), the particulars, and once the child has been produced the next date fixed then.
 * Checked with the shared schemas before sending; the backend's refusals land beside their fields.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextListingSchema } from '../../shared/domain/hearings';
import { AUTHORITIES, AUTHORITY_CATEGORY, type Authority } from '../../shared/domain/jj-case';
import { api } from '../api';
import { useQuery } from '../api/use-query';
import { navigate } from '../shell/router';
import { Form } from '../ui/Form';
import { SelectField, TextField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { SaveCancel } from '../casefile/form-bits';
import { ListingFields, listingOf, type ListingDraft } from './ListingFields';
import { ParticularsFields } from './ParticularsFields';
import { draftToParticulars, particularsToDraft, registerFormSchema, type ParticularsDraft } from './particulars-draft';

export function RegisterCasePage({ childId }: { childId?: string | undefined }) {
  const { t } = useTranslation();
  const named = useQuery('children.get', { id: childId ?? '' }, childId !== undefined);
  const [authority, setAuthority] = useState<Authority | ''>('');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState('');
  const [draft, setDraft] = useState<ParticularsDraft>(() => particularsToDraft(null));
  const [next, setNext] = useState<ListingDraft>({ date: '', bench: '', purpose: '' });
  const form = useFormStatus();
  // A child named by the page decides the authority; otherwise the clerk chooses.
  const chosen: Authority | '' = named.data ? (named.data.category === 'CCL' ? 'jjb' : 'cwc') : authority;
  const found = useQuery('children.list', { query, category: chosen ? AUTHORITY_CATEGORY[chosen] : null, offset: 0, limit: 20 }, !childId && query.trim() !== '');
  const child = named.data?.id ?? picked;

  async function save() {
    if (!chosen) {
      form.setFieldMessages({ authority: 'choose one' });
      return;
    }
    const listing = next.date.trim() === '' && next.purpose === '' ? null : listingOf(next);
    const input = form.check(registerFormSchema(chosen, new Date(), nextListingSchema), { particulars: draftToParticulars(draft), next: listing });
    if (!input) return;
    if (!child) {
      form.setFieldMessages({ childId: 'choose one' });
      return;
    }
    let id = '';
    const ok = await form.submit(async () => {
      id = (await api.call('cases.register', { childId: child, authority: chosen, particulars: input.particulars, next: input.next as typeof listing })).id;
    });
    if (ok) navigate({ area: 'case', id });
  }

  return (
    <section className="page">
      <h1>{t('cases.registerTitle')}</h1>
      <p className="hint">{t('cases.registerIntro')}</p>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <Form onSubmit={save} onCancel={() => history.back()} aria-label={t('cases.registerTitle')}>
        {named.data ? (
          <p>
            {t('cases.childPick')}: <span className="mono">{named.data.admissionNo}</span> <span dir="auto">{named.data.name}</span> — {t(`cases.authority.${chosen as Authority}`)}
          </p>
        ) : (
          <>
            <SelectField
              label={t('cases.authorityLabel')}
              value={authority}
              onChange={(v) => setAuthority(v as Authority | '')}
              options={AUTHORITIES.map((a) => ({ value: a, label: t(`cases.authority.${a}`) }))}
              placeholder={t('casefile.notChosen')}
              error={form.fieldError('authority')}
              autoFocus
            />
            <TextField label={t('cases.childSearch')} type="search" value={query} onChange={setQuery} dir="auto" />
            {found.data && found.data.rows.length === 0 && <p className="hint">{t('cases.noChild')}</p>}
            <SelectField
              label={t('cases.childPick')}
              value={picked}
              onChange={setPicked}
              options={(found.data?.rows ?? []).map((r) => ({ value: r.id, label: `${r.admissionNo} — ${r.name ?? t('cases.withheld')}` }))}
              placeholder={t('casefile.notChosen')}
              error={form.fieldError('childId')}
            />
          </>
        )}
        {chosen && (
          <>
            <ParticularsFields authority={chosen} draft={draft} onChange={setDraft} error={(k) => form.fieldError(`particulars.${k}`)} />
            <fieldset>
              <legend>{t('cases.nextTitle')}</legend>
              <p className="hint">{t('cases.nextHint')}</p>
              <ListingFields authority={chosen} draft={next} onChange={setNext} error={(k) => form.fieldError(k === '' ? 'next' : `next.${k}`)} exclude={['production']} />
            </fieldset>
          </>
        )}
        <SaveCancel busy={form.busy} onCancel={() => history.back()} submitLabel={t('cases.registerSave')} />
      </Form>
    </section>
  );
}
