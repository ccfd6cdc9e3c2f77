import type { Handlers } from '../rpc/handlers';
import { actorOf, requireSession, viewerOf, type CallContext, type Core } from '../core';
import { roleHas } from '../../shared/domain/roles';
import { casefileContract } from '../../shared/api/casefile-contract';
import { openCaseFile, type CaseFileCall } from './child-access';
import { loadCaseFile } from './load-casefile';
import { carePlanOverview } from './overview';
import { saveSection } from './case-history';
import { carePlanAsOf, carePlanVersion, saveCarePlanPart } from './care-plan';
import { addEntry, removeEntry, updateEntry } from './entries';
import { addAttachment, readAttachment, removeAttachment } from './attachments';

type CaseFileMethods = keyof typeof casefileContract;

export function casefileHandlers(core: Core): Handlers<CaseFileMethods> {
  const call = (ctx: CallContext): CaseFileCall => {
    const s = requireSession(ctx);
    return { db: core.vault.db(), now: core.now(), actor: actorOf(s), viewer: { ...viewerOf(s), canSeeAadhaar: roleHas(s.role, 'aadhaar.viewFull') } };
  };
  const ok = { ok: true as const };
  return {
    'casefile.overview': (_input, ctx) => carePlanOverview(core.vault.db(), viewerOf(requireSession(ctx))),
    'casefile.get': ({ childId }, ctx) => {
      const c = call(ctx);
      openCaseFile(c, childId, 'casefile');
      return loadCaseFile(c.db, childId, { canSeeAadhaar: c.viewer.canSeeAadhaar });
    },
    'casefile.saveSection': ({ childId, section, values }, ctx) => saveSection(call(ctx), childId, section, values),
    'casefile.addEntry': ({ childId, kind, values }, ctx) => addEntry(call(ctx), childId, kind, values),
    'casefile.updateEntry': ({ id, values }, ctx) => updateEntry(call(ctx), id, values),
    'casefile.removeEntry': ({ id }, ctx) => {
      removeEntry(call(ctx), id);
      return ok;
    },
    'carePlan.save': ({ childId, baseVersion, part, data }, ctx) => saveCarePlanPart(call(ctx), childId, baseVersion, part, data),
    'carePlan.asOf': ({ childId, date }, ctx) => {
      const c = call(ctx);
      openCaseFile(c, childId, 'care-plan');
      return carePlanAsOf(c.db, childId, date);
    },
    'carePlan.version': ({ childId, version }, ctx) => {
      const c = call(ctx);
      openCaseFile(c, childId, 'care-plan');
      return carePlanVersion(c.db, childId, version);
    },
    'attachments.add': (input, ctx) => addAttachment(call(ctx), input),
    'attachments.remove': ({ id }, ctx) => {
      removeAttachment(call(ctx), id);
      return ok;
    },
    'attachments.get': ({ id }, ctx) => {
      const { meta, data } = readAttachment(call(ctx), id);
      return { mime: meta.mime, fileName: meta.fileName, dataBase64: data.toString('base64') };
    },
  };
}
