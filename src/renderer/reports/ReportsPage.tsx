/** Reports: the s.40(4) quarterly report, the monthly summary, the admission register for any dates, and the Board's and Committee's pendency and disposals. */
import { useTranslation } from 'react-i18next';
import { usePrintPrepare } from '../printing/use-print-prepare';
import { AdmissionRegister } from './AdmissionRegister';
import { MonthlySummary } from './MonthlySummary';
import { QuarterlyReport } from './QuarterlyReport';
import { PendencyReport } from '../cases/PendencyReport';
import { DisposalsReport } from '../cases/DisposalsReport';

export function ReportsPage() {
  const { t } = useTranslation();
  usePrintPrepare();
  return (
    <section className="page page-wide">
      <h1>{t('reports.title')}</h1>
      <QuarterlyReport />
      <MonthlySummary />
      <AdmissionRegister />
      <PendencyReport />
      <DisposalsReport />
    </section>
  );
}
