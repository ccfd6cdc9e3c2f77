import type { Handlers } from '../rpc/handlers';
import { actorOf, requireSession, type Core } from '../core';
import { quarterlyReport } from './quarterly-report';
import { monthlySummary } from './monthly-summary';
import { monthlyCsv, quarterlyCsv } from './report-csv';
import { markQuarterlySent } from './report-sent';

type ReportMethods = 'reports.quarterly' | 'reports.monthly' | 'reports.csv' | 'reports.markSent';

export function reportsHandlers(core: Core): Handlers<ReportMethods> {
  const db = () => core.vault.db();
  return {
    'reports.quarterly': ({ period }) => quarterlyReport(db(), period),
    'reports.monthly': ({ month }) => monthlySummary(db(), month),
    'reports.csv': (input) =>
      input.report === 'quarterly'
        ? { fileName: `quarterly-report-${input.period}.csv`, csv: quarterlyCsv(quarterlyReport(db(), input.period)) }
        : { fileName: `monthly-summary-${input.period}.csv`, csv: monthlyCsv(monthlySummary(db(), input.period)) },
    'reports.markSent': (input, ctx) => {
      markQuarterlySent(db(), input, actorOf(requireSession(ctx)), core.now());
      return { ok: true as const };
    },
  };
}
