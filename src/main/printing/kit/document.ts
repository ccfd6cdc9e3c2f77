/**
 * A whole printable document: fonts, stylesheet, the page (A4, margins wide enough on the
 * left for a file punch) and its margin boxes — the form's reference at the bottom left and
 * "पृष्ठ / Page n / N" at the bottom right. Chromium draws margin boxes (CSS Paged Media)
 * with the page's own embedded fonts, the same in Electron's printToPDF and Playwright's
 * page.pdf(), so no header or footer template (which cannot load fonts) is needed.
 */
import { html, trusted, type Html } from './html';
import { PRINT_CSS } from './print-css';
import { PRINT_FONT_STACK, printFontFaces } from './fonts';

export interface DocumentOptions {
  title: string;
  /** Printed at the bottom left of every page, so loose pages can be put back together. */
  reference: string;
  landscape?: boolean;
  /** Holds resources/fonts. */
  resourcesDir: string;
}

/**
 * A CSS string literal in which every character outside a safe set is a hex escape, so text
 * a person typed (an admission number) can close neither the string nor the <style> element.
 */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/^[A-Za-z0-9 _.,:()/-]$/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

// Nothing may load from outside the document: no scripts at all, styles, fonts and images inline only.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export function printDocument(body: Html, o: DocumentOptions): string {
  const box = `font-family: ${PRINT_FONT_STACK}; font-size: 7.5pt; color: #333;`;
  const page = trusted(`@page {
  size: A4 ${o.landscape ? 'landscape' : 'portrait'};
  margin: 12mm 12mm 15mm ${o.landscape ? '14mm' : '20mm'};
  @bottom-left { content: ${cssString(o.reference)}; ${box} }
  @bottom-right { content: ${cssString('पृष्ठ / Page ')} counter(page) " / " counter(pages); ${box} }
}`);
  return `<!doctype html>${html`<html lang="en"><head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${o.title}</title>
<style>${printFontFaces(o.resourcesDir)}
${page}
${trusted(PRINT_CSS)}</style>
</head><body>${body}</body></html>`.text}`;
}
