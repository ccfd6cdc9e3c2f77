/** How much of a form is filled, as a bar and in words ("7 of 16 filled"): partly filled is normal and shown as such. */
import { useTranslation } from 'react-i18next';
import { percent, type Completeness } from '../../shared/domain/casefile-fields';

export function CompletenessMeter({ value, label }: { value: Completeness; label: string }) {
  const { t } = useTranslation();
  const pct = percent(value);
  const state = value.filled === 0 ? 'empty' : value.filled === value.total ? 'full' : 'partial';
  return (
    <span className={`completeness completeness-${state}`}>
      <meter min={0} max={value.total} value={value.filled} aria-label={label} />
      <span>{t('casefile.filled', { filled: value.filled, total: value.total, pct })}</span>
    </span>
  );
}
