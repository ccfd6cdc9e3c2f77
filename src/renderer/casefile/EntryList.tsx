/**
 * One dated list of the case file (check-ups, immunisations, illnesses, school years,
 * reviews): a table, oldest first, with add, correct and remove. The columns are the first
 * fields of the kind's spec; the whole entry opens in the form.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../shared/domain/child';
import { ENTRY_FIELDS, entrySchema, type EntryKind, type EntryView } from '../../shared/domain/health';
import { api } from '../api';
import { useSession } from '../auth/session';
import { ErrorMessage } from '../ui/messages';
import { useRemoval } from './form-bits';
import { entryAction, entryTitle, fieldLabel } from './labels';
import { SpecForm } from './SpecForm';
import { showValue } from './SpecValues';
import { childDatesOf } from './use-casefile';

/** Which fields a list shows as columns (the rest is in the form). */
const COLUMNS: Record<EntryKind, readonly string[]> = {
  checkup: ['date', 'heightCm', 'weightKg', 'admissibleWeightKg', 'doctor'],
  immunisation: ['date', 'vaccine', 'dose'],
  illness: ['date', 'until', 'illness', 'outcome'],
  education: ['date', 'school', 'className', 'result'],
  review: ['date', 'reviewedBy', 'observations', 'actions'],
};

interface Props {
  child: Child;
  kind: EntryKind;
  entries: readonly EntryView[];
  onChanged: () => void;
}

export function EntryList({ child, kind, entries, onChanged }: Props) {
  const { t } = useTranslation();
  const { can } = useSession();
  // null: no form open; 'new': adding; otherwise the id of the entry being corrected.
  const [editing, setEditing] = useState<string | null>(null);
  const removal = useRemoval(onChanged);
  const specs = ENTRY_FIELDS[kind];
  const columns = specs.filter((f) => COLUMNS[kind].includes(f.key));
  const mine = entries.filter((e) => e.kind === kind);
  const title = entryTitle(t, kind);
  const writable = can('children.write');

  const form = (entry: EntryView | null) => (
    <SpecForm
      label={entryAction(t, entry ? 'entryEdit' : 'entryAdd', kind)}
      specs={specs}
      initial={entry?.values ?? null}
      schema={entrySchema(kind, childDatesOf(child))}
      save={async (values) => {
        if (entry) await api.call('casefile.updateEntry', { id: entry.id, values });
        else await api.call('casefile.addEntry', { childId: child.id, kind, values });
      }}
      onDone={() => {
        setEditing(null);
        onChanged();
      }}
      onCancel={() => setEditing(null)}
      serverPrefix="values"
      entryKind={kind}
    />
  );

  return (
    <div className="entry-list">
      <ErrorMessage>{removal.error}</ErrorMessage>
      {mine.length === 0 ? (
        <p className="hint">{t('casefile.noEntries')}</p>
      ) : (
        <table className="cf-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {columns.map((f) => (
                <th key={f.key} scope="col">
                  {fieldLabel(t, f.key, kind)}
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
                    {showValue(t, f, e.values[f.key])}
                  </td>
                ))}
                {writable && (
                  <td className="row-actions">
                    <button type="button" className="link" onClick={() => setEditing(e.id)}>
                      {t('common.edit')}
                    </button>
                    <button type="button" className="link" onClick={() => void removal.remove(t('casefile.confirmRemoveEntry'), () => api.call('casefile.removeEntry', { id: e.id }))}>
                      {t('casefile.remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing !== null && editing !== 'new' && form(mine.find((e) => e.id === editing) ?? null)}
      {editing === 'new' && form(null)}
      {writable && editing === null && (
        <button type="button" onClick={() => setEditing('new')}>
          {entryAction(t, 'entryAdd', kind)}
        </button>
      )}
    </div>
  );
}
