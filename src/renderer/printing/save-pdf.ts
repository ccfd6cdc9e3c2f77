/**
 * Hands a printed PDF to the person: the browser (web mode) saves it as a download, Electron
 * asks where to save it. Either way it can then be opened and printed on paper.
 */
import type { Printed } from '../../shared/domain/printing';

export function pdfBlob(printed: Printed): Blob {
  const bytes = Uint8Array.from(atob(printed.pdfBase64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'application/pdf' });
}

export function savePdf(printed: Printed): void {
  const url = URL.createObjectURL(pdfBlob(printed));
  const a = document.createElement('a');
  a.href = url;
  a.download = printed.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy; give it a moment before the bytes are released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
