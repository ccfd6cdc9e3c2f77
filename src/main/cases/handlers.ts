import type { Handlers } from '../rpc/handlers';
import { actorOf, requireSession, viewerOf, type CallContext, type Core } from '../core';
import type { casesContract } from '../../shared/api/cases-contract';
import { SettingsRepo } from '../settings/settings';
import type { CaseCall } from './case-access';
import { registerCase, removeCase, updateParticulars } from './cases-service';
import { addCaseEntry, removeCaseEntry, updateCaseEntry } from './case-entries';
import { hearingView, listHearing, recordOutcome, relistHearing } from './hearings';
import { listCases, loadCase } from './list-cases';
import { caseSheet } from './monitoring-sheet';
import { causeList, hearingCalendar } from './cause-list';
import { disposals, pendency } from './pendency';
import { causeListCsv, disposalsCsv, pendencyCsv } from './report-csv';
import { exportCases } from './register-file/export-cases';
import { readSittings, SITTINGS_KEY } from './sittings';
import { roleHas } from '../../shared/domain/roles';

type CaseMethods = keyof typeof casesContract;

export function casesHandlers(core: Core): Handlers<CaseMethods> {
  const call = (ctx: CallContext): CaseCall => {
    const s = requireSession(ctx);
    return { db: core.vault.db(), now: core.now(), actor: actorOf(s), viewer: viewerOf(s) };
  };
  const db = () => core.vault.db();
  const ok = { ok: true as const };
  return {
    'cases.list': (filter, ctx) => listCases(db(), viewerOf(requireSession(ctx)), filter, core.now()),
    'cases.get': ({ id }, ctx) => loadCase(call(ctx), id),
    'cases.register': (input, ctx) => ({ id: registerCase(call(ctx), input).id }),
    'cases.update': ({ id, particulars }, ctx) => {
      updateParticulars(call(ctx), id, particulars);
      return ok;
    },
    'cases.remove': ({ id }, ctx) => {
      removeCase(call(ctx), id);
      return ok;
    },
    'cases.addEntry': ({ caseId, kind, values }, ctx) => addCaseEntry(call(ctx), caseId, kind, values),
    'cases.updateEntry': ({ id, values }, ctx) => updateCaseEntry(call(ctx), id, values),
    'cases.removeEntry': ({ id }, ctx) => {
      removeCaseEntry(call(ctx), id);
      return ok;
    },
    'hearings.list': ({ caseId, listing }, ctx) => hearingView(listHearing(call(ctx), caseId, listing)),
    'hearings.record': (input, ctx) => hearingView(recordOutcome(call(ctx), input)),
    'hearings.relist': ({ hearingId, listing }, ctx) => hearingView(relistHearing(call(ctx), hearingId, listing)),
    'cases.sheet': ({ id }, ctx) => caseSheet(call(ctx), id),
    'cases.causeList': ({ date, authority, bench }) => causeList(db(), date, authority, bench),
    'cases.calendar': ({ month, authority }) => hearingCalendar(db(), month, authority),
    'cases.pendency': ({ authority }) => pendency(db(), authority, core.now()),
    'cases.disposals': ({ authority, range }) => disposals(db(), authority, range),
    'cases.csv': (input, ctx) => {
      switch (input.report) {
        case 'pendency':
          return { fileName: `pendency-${input.authority}.csv`, csv: pendencyCsv(pendency(db(), input.authority, core.now())) };
        case 'disposals':
          return { fileName: `disposals-${input.authority}-${input.range.from}-${input.range.to}.csv`, csv: disposalsCsv(disposals(db(), input.authority, input.range)) };
        case 'causeList':
          return { fileName: `cause-list-${input.authority}-${input.date}${input.bench ? `-bench-${input.bench}` : ''}.csv`, csv: causeListCsv(causeList(db(), input.date, input.authority, input.bench)) };
        case 'cases':
          return { fileName: `cases${input.authority ? `-${input.authority}` : ''}.csv`, csv: exportCases(db(), viewerOf(requireSession(ctx)), input.authority, core.now()).csv };
      }
    },
    'cases.import': ({ fileName, dataBase64 }, ctx) => {
      const s = requireSession(ctx);
      return { jobId: core.jobs.start(s.token, 'cases.import', { fileName, dataBase64, actor: actorOf(s), canSeeCcl: roleHas(s.role, 'children.viewCcl') }) };
    },
    'sittings.get': () => readSittings(db()),
    'sittings.update': (sittings, ctx) => {
      db().transaction(() => new SettingsRepo(db(), core.now).put(SITTINGS_KEY, sittings, actorOf(requireSession(ctx))))();
      return ok;
    },
  };
}

