/** The statutory forms that can be printed for one child, on the child's record. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../shared/domain/child';
import { CHILD_FORMS } from '../../shared/domain/printing';
import { PrintButton } from './PrintButton';

export function ChildPrintPanel({ child }: { child: Child }) {
  const { t } = useTranslation();
  const titleId = useId();
  // A CCL child's forms name them: the backend refuses those without the right, so no buttons.
  if (!child.identified) return null;
  return (
    <section className="view-section print-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('print.title')}</h2>
      <p className="hint">{t('print.hint')}</p>
      <div className="actions">
        {CHILD_FORMS.map((form) => (
          <PrintButton key={form} request={{ form, child: { id: child.id } }} label={t(`print.form.${form}`)} />
        ))}
      </div>
    </section>
  );
}
