import type { Handlers } from '../rpc/handlers';
import { requireSession, viewerOf, type Core } from '../core';
import { formatDateTimeIst } from '../../shared/util/dates';
import { roleHas } from '../../shared/domain/roles';
import { ChildrenService } from '../children/service';
import { compose } from './compose';
import { printDocument } from './kit/document';
import { html } from './kit/html';
import { letterheadView } from './letterhead-view';
import type { PdfEngine } from './pdf-engine';

/** Both scripts in both weights (and a Latin Extended letter), so every print font is loaded once. */
const PREPARE_SAMPLE = html`<p>मुद्रण <b>मुद्रण</b> Print <b>Print</b> Lalṭhangzuala</p>`;

export function printingHandlers(core: Core, engine: PdfEngine): Handlers<'print.form' | 'print.prepare'> {
  return {
    'print.form': async (request, ctx) => {
      const session = requireSession(ctx);
      const db = core.vault.db();
      const viewer = { ...viewerOf(session), canSeeAadhaar: roleHas(session.role, 'aadhaar.viewFull') };
      const doc = compose(request, { db, children: new ChildrenService(db, core.now, core.geo), viewer, letterhead: letterheadView(db, core.now), now: core.now() });
      const page = printDocument(doc.body, {
        title: doc.title,
        // Who printed it and when, on every page: a loose page can be traced and put back.
        reference: `${doc.reference} · मुद्रित / printed ${formatDateTimeIst(core.now().toISOString())} · ${session.username}`,
        landscape: doc.landscape,
        resourcesDir: core.resourcesDir,
      });
      const pdf = await engine.toPdf(page);
      return { fileName: `${doc.fileStem}.pdf`, pdfBase64: Buffer.from(pdf).toString('base64') };
    },
    'print.prepare': async () => {
      await engine.prepare(printDocument(PREPARE_SAMPLE, { title: 'Homeward', reference: 'Homeward', resourcesDir: core.resourcesDir }));
      return { ok: true };
    },
  };
}
