// A fresh institution PC may have no Devanagari font. Printing must not need one: these
// tests give Chromium a font configuration that leaves out every font covering Hindi (the
// control below proves it does).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumEngine } from '../../../src/main/printing/chromium-engine';
import { PRINT_FONT_FILES } from '../../../src/main/printing/kit/fonts';
import { printDocument } from '../../../src/main/printing/kit/document';
import { html } from '../../../src/main/printing/kit/html';
import { keepPrint, missingText, pdfFontNames } from '../../helpers/pdf';

const dir = mkdtempSync(join(tmpdir(), 'homeward-nofonts-'));
writeFileSync(
  join(dir, 'fonts.conf'),
  `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts</dir><cachedir>${join(dir, 'cache')}</cachedir>
  <selectfont><rejectfont><glob>*Devanagari*</glob></rejectfont></selectfont></fontconfig>`,
);
const engine = chromiumEngine({ env: { ...(process.env as Record<string, string>), FONTCONFIG_FILE: join(dir, 'fonts.conf') } });
afterAll(() => engine.close());

const TEXT = 'बालक का नाम: सुनीता कुमारी (क्षत्रिय), पिता: श्री रामेश्वर प्रसाद';
const body = html`<p>${TEXT}</p><p>Name of the child: Lalthanzuala Ṭhangpuii</p>`;
const doc = printDocument(body, { title: 't', reference: 'font check', resourcesDir: process.cwd() });

describe('print fonts', { timeout: 120_000 }, () => {
  it('prints Devanagari and Latin on a computer without a Devanagari font, from the embedded fonts', async () => {
    const file = keepPrint('fonts-no-system-fonts', Buffer.from(await engine.toPdf(doc)).toString('base64'));
    expect(missingText(file, [TEXT, 'Lalthanzuala Ṭhangpuii', 'पृष्ठ / Page 1 / 1'])).toEqual([]);
    // Every glyph is drawn with the embedded font (the system has none by that name here).
    expect(pdfFontNames(file)).toEqual(['NotoSans-Regular', 'NotoSansDevanagari-Regular']);
  });

  it('control: without the embedded fonts this computer has no Devanagari font to draw with', async () => {
    const bare = doc.replace(/@font-face\{[^}]*\}/g, '');
    const file = keepPrint('fonts-control-without-embedding', Buffer.from(await engine.toPdf(bare)).toString('base64'));
    // pdftotext still reads the letters back (from the text layer), but they are drawn as empty boxes.
    expect(pdfFontNames(file).some((f) => f.includes('Devanagari'))).toBe(false);
  });

  it('ships the same font files as @fontsource, which the screens use', () => {
    for (const { file, fontsourcePackage } of PRINT_FONT_FILES) {
      const shipped = readFileSync(join('resources', 'fonts', file));
      expect(shipped.equals(readFileSync(join('node_modules', '@fontsource', fontsourcePackage, 'files', file))), file).toBe(true);
    }
  });
});
