import type { Handlers } from '../rpc/handlers';
import { requireSession, viewerOf, type Core } from '../core';
import { formatDateTimeIst } from '../../shared/util/dates';
import { roleHas } from '../../shared/domain/roles';
import { ChildrenService } from '../children/service';
import { compose } from './compose';
import { printDocument } from './kit/document';
import { letterheadView } from './letterhead-view';
import type { PdfEngine } from './pdf-engine';

export function printingHandlers(core: Core, engine: PdfEngine): Handlers<'print.form'> {
  return {
    'print.form': async (request, ctx) => {
      const session = requireSession(ctx);
      const db = core.vault.db();
      const viewer = { ...viewerOf(session), canSeeAadhaar: roleHas(session.role, 'aadhaar.viewFull') };
      const doc = compose(request, { db, children: new ChildrenService(db, core.now, core.geo), viewer, letterhead: letterheadView(db, core.now), now: core.now() });
      const html = printDocument(doc.body, {
        title: doc.title,
        // Who printed it and when, on every page: a loose page can be traced and put back.
        reference: `${doc.reference} · मुद्रित / printed ${formatDateTimeIst(core.now().toISOString())} · ${session.username}`,
        landscape: doc.landscape,
        resourcesDir: core.resourcesDir,
      });
      const pdf = await engine.toPdf(html);
      return { fileName: `${doc.fileStem}.pdf`, pdfBase64: Buffer.from(pdf).toString('base64') };
    },
  };
}
