/**
 * Whatever turns a print document into PDF bytes. Chromium does it in every mode, because it
 * shapes Devanagari correctly and JavaScript PDF libraries do not: in the desktop app through
 * Electron's webContents.printToPDF (src/main/electron/print-window.ts, reached from the
 * backend's utility process by message), elsewhere (web mode, CLI, tests) through
 * Playwright driving an installed Chromium (chromium-engine.ts).
 *
 * The document is complete in itself: page size, margins and page numbers are in its CSS
 * (@page), fonts and images inline, no script.
 */
export interface PdfEngine {
  toPdf(html: string): Promise<Uint8Array>;
  /**
   * Gets ready to print, so the person who clicks Print does not wait for it: called when a
   * screen with Print buttons opens. `sample` is a small document in the print fonts; an
   * engine that has to start a browser prints it once, which also readies what every print
   * needs (the fonts, Chromium's PDF code) — the first real print is then as quick as the next.
   */
  prepare(sample: string): Promise<void>;
  /** Frees the browser, if one is held. */
  close(): Promise<void>;
}
