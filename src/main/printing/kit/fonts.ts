/**
 * The print fonts, inlined into every document as data: URLs. A fresh institution PC may
 * have no Devanagari font, and Chromium then draws empty boxes in the PDF without a word, so
 * a printed form must never depend on what the system has installed.
 *
 * Noto Sans draws Latin (its extended subset has the ṭ of Mizo names, which Noto Sans
 * Devanagari's Latin lacks), Noto Sans Devanagari draws Devanagari — the pair the screens use.
 * The files are copied from @fontsource into resources/fonts (shipped as an extra resource);
 * a test holds them byte-equal to the packages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trusted, type Html } from './html';

/** Latin first: Devanagari text falls through to the second family by unicode-range. */
export const PRINT_FONT_STACK = "'Noto Sans', 'Noto Sans Devanagari', sans-serif";

// Unicode ranges as Fontsource declares them, so each file is used only for its own letters.
const LATIN =
  // Without U+200C–200D (ZWNJ, ZWJ), which belong to the Devanagari face: a joiner taken from
  // the Latin font would split a conjunct into separate font runs.
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-200B,U+200E-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const DEVANAGARI = 'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09';

const FACES = [
  { family: 'Noto Sans', file: 'noto-sans-latin', range: LATIN },
  { family: 'Noto Sans', file: 'noto-sans-latin-ext', range: LATIN_EXT },
  { family: 'Noto Sans Devanagari', file: 'noto-sans-devanagari-devanagari', range: DEVANAGARI },
] as const;
const WEIGHTS = [400, 700] as const;

const fileName = (face: (typeof FACES)[number], weight: number) => `${face.file}-${weight}-normal.woff2`;

/** The files in resources/fonts, with the @fontsource package each comes from. */
export const PRINT_FONT_FILES = FACES.flatMap((face) =>
  WEIGHTS.map((w) => ({ file: fileName(face, w), fontsourcePackage: face.family === 'Noto Sans' ? 'noto-sans' : 'noto-sans-devanagari' })),
);

const cache = new Map<string, Html>();

/** The @font-face rules for the print fonts in `<resourcesDir>/resources/fonts`, read once per process. */
export function printFontFaces(resourcesDir: string): Html {
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const dir = join(resourcesDir, 'resources', 'fonts');
  const rules = FACES.flatMap((face) =>
    WEIGHTS.map((weight) => {
      const data = readFileSync(join(dir, fileName(face, weight))).toString('base64');
      return `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.range};}`;
    }),
  );
  const css = trusted(rules.join('\n'));
  cache.set(resourcesDir, css);
  return css;
}
