/**
 * A case's steps and orders — the Board's (SBR, age determination, bail, custody, SIR,
 * preliminary assessment, extension, final order, appeal, review, probation reports) or the
 * Committee's (production report, interim placement, SIR, s.38 declaration, final order,
 * follow-ups) — each kind a table, oldest first, with add, correct and remove. The forms are the
 * shared field specs, checked with the same schema as the backend.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileJj } from '../../shared/api/cases-contract';
import { CASE_ENTRY_FIELDS, caseEntrySchema, DISPOSING_KINDS, ENTRY_KINDS_OF, type CaseEntryKind, type CaseEntryView } from '../../shared/domain/jj-case-entries';
import { todayIst } from '../../shared/util/dates';
import { api } from '../api';
import { useSession } from '../auth/session';
import { useRemoval } from '../casefile/form-bits';
import { SpecForm } from '../casefile/SpecForm';
import { showValue } from '../casefile/SpecValues';
import { ErrorMessage } from '../ui/messages';
import { CASE_LABELS, entryTitle } from './labels';

/** Which fields a kind's table shows (the rest is in the form). */
const COLUMNS: Record<CaseEntryKind, readonly string[]> = {
  sbr: ['date', 'investigatingOfficer', 'allegedRole'],
  ageDetermination: ['date', 'evidence', 'determinedOn', 'ageOnOffenceDate'],
  bail: ['date', 'decision', 'conditions', 'conditionsMetOn'],
  custody: ['date', 'until', 'place', 'institution'],
  sir: ['date', 'preparedBy', 'recommendation'],
  preliminaryAssessment: ['date', 'assessmentOutcome'],
  extension: ['date', 'months', 'grantedBy', 'reasons'],
  finalOrder: ['date', 'orderSection', 'clause', 'periodMonths', 'supervisedBy'],
  appeal: ['date', 'appellateAuthority', 'appealOutcome'],
  review: ['date', 'reviewedBy', 'nextReviewOn'],
  probationReport: ['date', 'probationOfficer', 'recommendation'],
  productionReport: ['date', 'producedBy', 'producerRole', 'whereFound'],
  interimOrder: ['date', 'orderForm', 'placedWith', 'until'],
  cwcOrder: ['date', 'orderClause', 'placedWith'],
  lfaDeclaration: ['date', 'orderNo', 'members', 'agency'],
  followUp: ['date', 'stage', 'childPresent', 'redFlags'],
};

const dayOf = (instant: unknown) => (typeof instant === 'string' ? todayIst(new Date(instant)) : null);

export function StepsSection({ kase, onChanged }: { kase: CaseFileJj; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  // null: no form open; a kind: adding one; an entry: correcting it.
  const [editing, setEditing] = useState<CaseEntryKind | CaseEntryView | null>(null);
  const removal = useRemoval(onChanged);
  const writable = can('children.write');
  const kinds = ENTRY_KINDS_OF[kase.authority];
  const began = [dayOf(kase.particulars['apprehendedAt']), dayOf(kase.particulars['firstProducedAt'])].filter((d): d is string => d !== null).sort()[0] ?? null;
  const bounds = { child: { dob: kase.child.dob, admittedOn: '0001-01-01', today: todayIst() }, caseBegan: began };

  const form = (kind: CaseEntryKind, entry: CaseEntryView | null) => (
    <SpecForm
      key={entry?.id ?? kind}
      label={t(entry ? 'cases.steps.editTitle' : 'cases.steps.add', { what: entryTitle(t, kind) })}
      specs={CASE_ENTRY_FIELDS[kind]}
      initial={entry?.values ?? null}
      schema={caseEntrySchema(kind, bounds)}
      save={async (values) => {
        if (entry) await api.call('cases.updateEntry', { id: entry.id, values });
        else await api.call('cases.addEntry', { caseId: kase.id, kind, values });
      }}
      onDone={() => {
        setEditing(null);
        onChanged();
      }}
      onCancel={() => setEditing(null)}
      serverPrefix="values"
      entryKind={kind}
      labels={CASE_LABELS}
    />
  );

  return (
    <section className="view-section" aria-labelledby="steps-title">
      <h2 id="steps-title">{t('cases.steps.title')}</h2>
      <ErrorMessage>{removal.error}</ErrorMessage>
      {kinds.map((kind) => {
        const mine = kase.entries.filter((e) => e.kind === kind);
        const columns = CASE_ENTRY_FIELDS[kind].filter((f) => COLUMNS[kind].includes(f.key));
        if (mine.length === 0 && editing !== kind) return null;
        return (
          <div className="entry-list" key={kind}>
            <h3>{entryTitle(t, kind)}</h3>
            {mine.length > 0 && (
              <table className="cf-table">
                <thead>
                  <tr>
                    {columns.map((f) => (
                      <th key={f.key} scope="col">
                        {CASE_LABELS.field(t, f.key, kind)}
                      </th>
                    ))}
                    {writable && <th scope="col">{t('casefile.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {mine.map((e) => (
                    <tr key={e.id}>
                      {columns.map((f) => (
                        <td key={f.key} dir="auto">
                          {showValue(t, f, e.values[f.key], CASE_LABELS)}
                        </td>
                      ))}
                      {writable && (
                        <td className="row-actions">
                          <button type="button" className="link" onClick={() => setEditing(e)}>
                            {t('common.edit')}
                          </button>
                          <button type="button" className="link" onClick={() => void removal.remove(t('cases.steps.confirmRemove'), () => api.call('cases.removeEntry', { id: e.id }))}>
                            {t('cases.steps.remove')}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {typeof editing === 'object' && editing?.kind === kind && form(kind, editing)}
            {editing === kind && form(kind, null)}
          </div>
        );
      })}
      {kase.entries.length === 0 && editing === null && <p className="hint">{t('cases.steps.none')}</p>}
      {writable && editing === null && (
        <div className="actions step-buttons">
          {/* A disposed case has its final order: it is corrected, not recorded again. */}
          {kinds
            .filter((kind) => kase.status === 'pending' || !(DISPOSING_KINDS as readonly CaseEntryKind[]).includes(kind))
            .map((kind) => (
            <button type="button" key={kind} onClick={() => setEditing(kind)}>
              {t('cases.steps.add', { what: entryTitle(t, kind) })}
            </button>
            ))}
        </div>
      )}
    </section>
  );
}
