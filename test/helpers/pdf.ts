/**
 * Reading printed PDFs back with poppler-utils (pdftotext, pdffonts, pdfimages, pdftoppm —
 * installed by .ci/run), and keeping them with a PNG of their pages under
 * test-results/printing/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PRINT_RESULTS = join(process.cwd(), 'test-results', 'printing');

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

/** Writes `<name>.pdf` and `<name>-<page>.png` for each page asked for (first page by default). */
export function keepPrint(name: string, pdfBase64: string, pages: number[] = [1]): string {
  mkdirSync(PRINT_RESULTS, { recursive: true });
  const file = join(PRINT_RESULTS, `${name}.pdf`);
  writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
  for (const p of pages) run('pdftoppm', ['-png', '-r', '80', '-f', String(p), '-l', String(p), '-singlefile', file, join(PRINT_RESULTS, `${name}-${p}`)]);
  return file;
}

/** The text in reading order, a table cell's lines together (Devanagari comes back as Unicode when the font is embedded right). */
export const pdfText = (file: string): string => run('pdftotext', [file, '-']);

/** The text laid out as printed: a table's row on one line, its cells apart. */
export const pdfLayoutText = (file: string): string => run('pdftotext', ['-layout', file, '-']);

/**
 * Which of the expected strings the PDF's text lacks. Spaces are ignored on both sides:
 * pdftotext places a space wherever glyphs sit apart, and a Devanagari vowel sign often
 * does (कुमारी comes back as "कु मारी").
 */
export function missingText(file: string, expected: readonly string[]): string[] {
  const text = pdfText(file).replace(/\s+/g, '');
  return expected.filter((e) => !text.includes(e.replace(/\s+/g, '')));
}

export function pdfPageCount(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1]);
}

export function pdfPageSize(file: string): string {
  return /^Page size:\s+(.+)$/m.exec(run('pdfinfo', [file]))?.[1] ?? '';
}

/** Names of the fonts in the PDF and whether each is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** The distinct fonts drawn with, without the subset prefix ("AAAAAA+"); any not embedded is marked. */
export function pdfFontNames(file: string): string[] {
  return [...new Set(pdfFonts(file).map((f) => (f.embedded ? f.name.replace(/^[A-Z]{6}\+/, '') : `${f.name} (not embedded)`)))].sort();
}

/** The print fonts (regular and bold), nothing else: no text fell back to a system font. */
export const PRINT_FONTS = /^NotoSans(Devanagari)?-(Regular|Bold)$/;

export const pdfImageCount = (file: string): number => run('pdfimages', ['-list', file]).split('\n').slice(2).filter((l) => l.trim()).length;
