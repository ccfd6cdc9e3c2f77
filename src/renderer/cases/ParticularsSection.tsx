/** A case's particulars: shown, and corrected in place by those who may (checked as on registering). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileJj } from '../../shared/api/cases-contract';
import { formatSections, type Section } from '../../shared/domain/statutes';
import { formatDate, formatDateTimeIst } from '../../shared/util/dates';
import { api } from '../api';
import { useSession } from '../auth/session';
import { SaveCancel } from '../casefile/form-bits';
import { Form } from '../ui/Form';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { tr } from './labels';
import { ParticularsFields } from './ParticularsFields';
import { draftToParticulars, particularsFormSchema, particularsToDraft } from './particulars-draft';

/** What the view shows, in the form's order; instants and dates formatted, the rest as entered. */
const SHOWN = ['caseNo', 'firNo', 'firDate', 'ddNo', 'ddDate', 'gdNo', 'gdDate', 'policeStation', 'sections', 'offenceClass', 'offenceDate', 'apprehendedAt', 'firstProducedAt', 'journeyHours', 'investigatingOfficer', 'welfareOfficer', 'probationOfficer', 'legalAid', 'adoptionGround', 'notes'] as const;

export function ParticularsSection({ kase, onChanged }: { kase: CaseFileJj; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const p = kase.particulars;
  const jjb = kase.authority === 'jjb';

  function value(key: (typeof SHOWN)[number]): string {
    const v = p[key];
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return t('common.notRecorded');
    if (key === 'sections') return formatSections(v as Section[]);
    if (key === 'apprehendedAt' || key === 'firstProducedAt') return formatDateTimeIst(String(v));
    if (key.endsWith('Date')) return formatDate(String(v));
    if (key === 'offenceClass' || key === 'adoptionGround') return tr(t, `cases.option.${key}.${String(v)}`);
    return String(v);
  }
  const label = (key: (typeof SHOWN)[number]) => (key === 'apprehendedAt' && !jjb ? t('cases.field.takenChargeAt') : t(`cases.field.${key}`));
  const shown = SHOWN.filter((k) => (jjb ? k !== 'adoptionGround' : k !== 'offenceClass' && k !== 'legalAid' && k !== 'investigatingOfficer'));

  return (
    <section className="view-section" aria-labelledby="particulars-title">
      <div className="section-title">
        <h2 id="particulars-title">{t('cases.particulars.title')}</h2>
        {!editing && can('children.write') && (
          <button
            type="button"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('cases.particulars.edit')}
          </button>
        )}
      </div>
      {saved && <Notice>{t('cases.particulars.saved')}</Notice>}
      {editing ? (
        <EditParticulars
          kase={kase}
          onDone={() => {
            setEditing(false);
            setSaved(true);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <dl className="fields">
          {shown.map((k) => (
            <div className={k === 'notes' || k === 'sections' ? 'item wide' : 'item'} key={k}>
              <dt>{label(k)}</dt>
              <dd dir="auto">{value(k)}</dd>
            </div>
          ))}
          {jjb && typeof p['offenceClass'] === 'string' && <p className="hint wide">{tr(t, `cases.offenceExplain.${p['offenceClass']}`)}</p>}
        </dl>
      )}
    </section>
  );
}

function EditParticulars({ kase, onDone, onCancel }: { kase: CaseFileJj; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => particularsToDraft(kase.particulars));
  const form = useFormStatus();
  async function save() {
    const particulars = form.check(particularsFormSchema(kase.authority, new Date()), draftToParticulars(draft));
    if (!particulars) return;
    if (await form.submit(async () => void (await api.call('cases.update', { id: kase.id, particulars })), 'particulars')) onDone();
  }
  return (
    <Form onSubmit={save} onCancel={onCancel} aria-label={t('cases.particulars.edit')}>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <ParticularsFields authority={kase.authority} draft={draft} onChange={setDraft} error={form.fieldError} />
      <SaveCancel busy={form.busy} onCancel={onCancel} submitLabel={t('cases.particulars.save')} />
    </Form>
  );
}
