/**
 * Electron's side of printing: each document is loaded into a hidden, script-less window on
 * a session of its own (in memory, no network, no permissions) and printed with
 * webContents.printToPDF — the same Chromium print path as page.pdf() in web mode.
 *
 * The document is served from memory as app://print/<random id> for as long as it prints:
 * a data: URL would hit Chromium's 2 MB URL limit with a photo inside, and writing the child's
 * details to a temporary file would leave them unencrypted on disk.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { APP_SCHEME } from './app-scheme';
import { denyPermissions } from './harden';
import { PRINT_PARTITION, printDocumentId, printDocumentUrl, printWebPreferences } from './print-policy';

const documents = new Map<string, string>();
let printSession: Session | null = null;

function sessionForPrinting(): Session {
  if (printSession) return printSession;
  const s = session.fromPartition(PRINT_PARTITION);
  s.protocol.handle(APP_SCHEME, (request) => {
    const id = printDocumentId(request.url);
    const html = id === null ? undefined : documents.get(id);
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
  });
  // Only the document itself loads; everything it needs is inline.
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: printDocumentId(details.url) === null }));
  denyPermissions(s);
  printSession = s;
  return s;
}

export async function printToPdf(html: string): Promise<Uint8Array> {
  const id = randomUUID();
  documents.set(id, html);
  const window = new BrowserWindow({ show: false, webPreferences: printWebPreferences(sessionForPrinting()) });
  try {
    await window.loadURL(printDocumentUrl(id));
    // Page size, margins and page numbers come from the document's @page rules.
    return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  } finally {
    documents.delete(id);
    window.destroy();
  }
}
