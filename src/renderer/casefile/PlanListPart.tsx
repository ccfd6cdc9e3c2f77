/**
 * A list inside the care plan — Part B's progress reports, Part D's follow-ups — shown one
 * card per item, each opened in its own form. A save sends the whole list with the one item
 * added or replaced, as one new version of the plan.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formSchema, type ChildDates, type FieldSpec } from '../../shared/domain/casefile-fields';
import { SpecForm } from './SpecForm';
import { SpecValues } from './SpecValues';

interface Props {
  specs: readonly FieldSpec[];
  items: readonly Record<string, unknown>[];
  /** The heading of one item ("Progress report 01-10-2026 to 31-12-2026"). */
  itemTitle: (item: Record<string, unknown>, index: number) => string;
  addLabel: string;
  dates: ChildDates;
  /** Saves the whole new list (absent: read-only); `prefix` is where the list sits in carePlan.save's input. */
  save: ((items: Record<string, unknown>[]) => Promise<void>) | undefined;
  prefix: string;
  onChanged: () => void;
}

export function PlanListPart({ specs, items, itemTitle, addLabel, dates, save, prefix, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | 'new' | null>(null);

  const form = (index: number, saveList: (items: Record<string, unknown>[]) => Promise<void>) => (
    <SpecForm
      label={index < items.length ? itemTitle(items[index]!, index) : addLabel}
      specs={specs}
      initial={items[index] ?? null}
      schema={formSchema(specs, dates)}
      save={(values) => saveList(index < items.length ? items.map((x, i) => (i === index ? values : x)) : [...items, values])}
      onDone={() => {
        setEditing(null);
        onChanged();
      }}
      onCancel={() => setEditing(null)}
      serverPrefix={`${prefix}.${index}`}
    />
  );

  return (
    <>
      {items.length === 0 && editing !== 'new' && <p className="hint">{t('casefile.noEntries')}</p>}
      {items.map((item, i) => (
        <article className="cf-item" key={i}>
          <div className="cf-section-head">
            <h4>{itemTitle(item, i)}</h4>
            {save && editing === null && (
              <button type="button" onClick={() => setEditing(i)} aria-label={`${t('common.edit')}: ${itemTitle(item, i)}`}>
                {t('common.edit')}
              </button>
            )}
          </div>
          {editing === i && save ? form(i, save) : <SpecValues specs={specs} values={item} />}
        </article>
      ))}
      {editing === 'new' && save && form(items.length, save)}
      {save && editing === null && (
        <button type="button" onClick={() => setEditing('new')}>
          {addLabel}
        </button>
      )}
    </>
  );
}
