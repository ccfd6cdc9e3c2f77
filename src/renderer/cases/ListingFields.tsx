/** A hearing's listing — date, bench (from Settings › Sittings) and what it is for — as form fields. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PURPOSES, type Purpose } from '../../shared/domain/hearings';
import type { Authority } from '../../shared/domain/jj-case';
import { parseDate } from '../../shared/util/dates';
import { useQuery } from '../api/use-query';
import { SelectField, TextField } from '../ui/fields';
import { purposeLabel } from './labels';

export interface ListingDraft {
  date: string;
  bench: string;
  purpose: string;
}

/** The listing as the shared schema checks it (a date that cannot be read goes as typed, for the schema to refuse). */
export const listingOf = (d: ListingDraft) => ({ date: parseDate(d.date) ?? d.date.trim(), bench: d.bench, purpose: d.purpose });

interface Props {
  authority: Authority;
  draft: ListingDraft;
  onChange: (d: ListingDraft) => void;
  /** The message for `date`, `bench`, `purpose` (or '' for the listing as a whole). */
  error: (key: string) => string | undefined;
  dateLabel?: string;
  exclude?: readonly Purpose[];
}

export function ListingFields({ authority, draft, onChange, error, dateLabel, exclude = [] }: Props) {
  const { t } = useTranslation();
  const sittings = useQuery('sittings.get', {});
  const benches = sittings.data?.[authority].benches ?? [];
  // One bench: nothing to choose, so it is filled in.
  const only = benches.length === 1 ? benches[0]! : null;
  useEffect(() => {
    if (only !== null && draft.bench === '') onChange({ ...draft, bench: only });
  }, [only, draft, onChange]);
  return (
    <div className="field-row">
      <TextField label={dateLabel ?? t('cases.date')} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" className="date" value={draft.date} onChange={(v) => onChange({ ...draft, date: v })} error={error('date') ?? error('')} />
      <SelectField label={t('cases.bench')} value={draft.bench} onChange={(v) => onChange({ ...draft, bench: v })} options={benches.map((b) => ({ value: b, label: b }))} placeholder={t('casefile.notChosen')} error={error('bench')} />
      <SelectField
        label={t('cases.purposeLabel')}
        value={draft.purpose}
        onChange={(v) => onChange({ ...draft, purpose: v })}
        options={(PURPOSES[authority] as readonly Purpose[]).filter((p) => !exclude.includes(p)).map((p) => ({ value: p, label: purposeLabel(t, p) }))}
        placeholder={t('casefile.notChosen')}
        error={error('purpose')}
      />
    </div>
  );
}
