/** A case-file form, read-only: every field with its value, or a dash where nothing is recorded yet. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatAadhaar } from '../../shared/domain/aadhaar';
import type { FieldSpec } from '../../shared/domain/casefile-fields';
import { formatDate } from '../../shared/util/dates';
import { CASEFILE_LABELS, type SpecLabels } from './labels';

export function showValue(t: TFunction, f: FieldSpec, v: unknown, labels: SpecLabels = CASEFILE_LABELS): string {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return t('common.notRecorded');
  switch (f.kind) {
    case 'date':
      return formatDate(String(v));
    case 'choice':
      return labels.option(t, String(v), f.key);
    case 'multi':
      return (v as string[]).map((o) => labels.option(t, o, f.key)).join(', ');
    case 'check':
      return t(v === true ? 'casefile.option.yes' : 'casefile.option.no');
    case 'aadhaar':
      return /^\d{12}$/.test(String(v)) ? formatAadhaar(String(v)) : String(v);
    default:
      return String(v);
  }
}

export function SpecValues({ specs, values, entryKind, labels = CASEFILE_LABELS }: { specs: readonly FieldSpec[]; values: Record<string, unknown> | null; entryKind?: string; labels?: SpecLabels }) {
  const { t } = useTranslation();
  return (
    <dl className="fields">
      {specs.map((f) => (
        <div className={f.kind === 'longText' ? 'item wide' : 'item'} key={f.key}>
          <dt>{labels.field(t, f.key, entryKind)}</dt>
          <dd dir="auto">{showValue(t, f, values?.[f.key], labels)}</dd>
        </div>
      ))}
    </dl>
  );
}
