/** Reports: the s.40(4) quarterly report, the monthly summary, and the admission register for any dates. */
import { useTranslation } from 'react-i18next';
import { usePrintPrepare } from '../printing/use-print-prepare';
import { AdmissionRegister } from './AdmissionRegister';
import { MonthlySummary } from './MonthlySummary';
import { QuarterlyReport } from './QuarterlyReport';

export function ReportsPage() {
  const { t } = useTranslation();
  usePrintPrepare();
  return (
    <section className="page page-wide">
      <h1>{t('reports.title')}</h1>
      <QuarterlyReport />
      <MonthlySummary />
      <AdmissionRegister />
    </section>
  );
}
