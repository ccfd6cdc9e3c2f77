/** The statutory forms that can be printed for one child, on the child's record. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../shared/domain/child';
import { PLAN_PARTS, type PlanPart } from '../../shared/domain/care-plan';
import { parseDate } from '../../shared/util/dates';
import { SelectField, TextField } from '../ui/fields';
import { PrintButton } from './PrintButton';
import { usePrintPrepare } from './use-print-prepare';

export function ChildPrintPanel({ child }: { child: Child }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [part, setPart] = useState<PlanPart | ''>('');
  const [asOf, setAsOf] = useState('');
  usePrintPrepare(child.identified);
  // A CCL child's forms name them: the backend refuses those without the right, so no buttons.
  if (!child.identified) return null;
  const ref = { id: child.id };
  const asOfIso = asOf.trim() ? parseDate(asOf) : null;
  return (
    <section className="view-section print-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('print.title')}</h2>
      <p className="hint">{t('print.hint')}</p>
      <div className="actions">
        <PrintButton request={{ form: 'form17', child: ref }} label={t('print.form.form17')} />
        <PrintButton request={{ form: 'form43', child: ref }} label={t('print.form.form43')} />
        <PrintButton request={{ form: 'form44', child: ref }} label={t('print.form.form44')} />
        <PrintButton request={{ form: 'form45', child: ref }} label={t('print.form.form45')} />
      </div>
      <div className="print-plan">
        <SelectField
          label={t('print.part')}
          value={part}
          onChange={(v) => setPart(v as PlanPart | '')}
          options={[{ value: '', label: t('print.allParts') }, ...PLAN_PARTS.map((p) => ({ value: p, label: t(`print.partName.${p}`) }))]}
        />
        <TextField label={t('print.asOf')} hint={t('print.asOfHint')} value={asOf} onChange={setAsOf} inputMode="numeric" className="short" />
        <PrintButton
          request={{ form: 'form7', child: ref, part: part || null, asOf: asOfIso }}
          label={t('print.form.form7')}
          validate={() => (asOf.trim() && !asOfIso ? t('print.badDate') : null)}
        />
      </div>
    </section>
  );
}
