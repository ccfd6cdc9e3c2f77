/** The statutory forms of one case, printed from what is recorded: the Board's 1, 6 and 11; the Committee's 17, 18, 19, 22, 25, 26 and 15. */
import { useTranslation } from 'react-i18next';
import type { CaseFileJj } from '../../shared/api/cases-contract';
import { CASE_FORM_AUTHORITY, CASE_FORMS } from '../../shared/domain/printing';
import { PrintButton } from '../printing/PrintButton';

export function CasePrintPanel({ kase }: { kase: CaseFileJj }) {
  const { t } = useTranslation();
  const forms = CASE_FORMS.filter((f) => CASE_FORM_AUTHORITY[f] === kase.authority);
  return (
    <section className="view-section print-panel" aria-labelledby="case-print-title">
      <h2 id="case-print-title">{t('cases.print.title')}</h2>
      <p className="hint">{t('print.hint')}</p>
      <div className="actions">
        {kase.authority === 'cwc' && <PrintButton request={{ form: 'form17', child: { id: kase.child.id } }} label={t('cases.print.form17')} />}
        {forms.map((f) => (
          <PrintButton key={f} request={{ form: f, case: { id: kase.id } }} label={t(`cases.print.${f}`)} />
        ))}
      </div>
    </section>
  );
}
