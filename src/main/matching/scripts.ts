/**
 * Script detection and the Brahmic → Devanagari code-point mapping. The nine Brahmic blocks
 * share Devanagari's layout (ISCII heritage), so a letter maps by subtracting its block's
 * offset; only the letters a block has but Devanagari's romaniser does not know are rewritten.
 */
export type Script = 'latin' | 'devanagari' | 'bengali' | 'gurmukhi' | 'gujarati' | 'oriya' | 'tamil' | 'telugu' | 'kannada' | 'malayalam' | 'other';

const BRAHMIC: readonly [Script, number][] = [
  ['devanagari', 0x0900],
  ['bengali', 0x0980],
  ['gurmukhi', 0x0a00],
  ['gujarati', 0x0a80],
  ['oriya', 0x0b00],
  ['tamil', 0x0b80],
  ['telugu', 0x0c00],
  ['kannada', 0x0c80],
  ['malayalam', 0x0d00],
];

/** Scripts whose inherent vowel is dropped at the end of a word (Ram, not Rama). */
export const SCHWA_DELETING: ReadonlySet<Script> = new Set(['devanagari', 'bengali', 'gurmukhi', 'gujarati', 'oriya']);

/** The script of a token: the first letter decides (tokens are never mixed in practice). */
export function scriptOf(token: string): Script {
  for (const ch of token) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x0900 && cp < 0x0d80) return BRAHMIC[(cp - 0x0900) >> 7]![0];
    if (/\p{Script=Latin}/u.test(ch)) return 'latin';
    if (/\p{L}/u.test(ch)) return 'other';
  }
  return 'latin';
}

/**
 * Letters outside the shared layout, written as the Devanagari letters they sound like:
 * chillus and Khanda Ta are consonant + virama, Gurmukhi tippi/addak are nasal/gemination,
 * Tamil/Malayalam ḻ, ṟ, ṉ are l, r, n to a North Indian ear and to any Latin spelling.
 */
const SPECIAL: Record<string, string> = {
  '\u09ce': 'त्', // Bengali khanda ta
  '\u0a70': 'ं', '\u0a71': '', // Gurmukhi tippi, addak (doubling is folded anyway)
  '\u0b71': 'व', // Oriya wa
  '\u0d7a': 'ण्', '\u0d7b': 'न्', '\u0d7c': 'र्', '\u0d7d': 'ल्', '\u0d7e': 'ळ्', '\u0d7f': 'क्',
  '\u0d4e': 'र्', // Malayalam dot reph
};

/** Devanagari letters the romaniser has no entry for, as the nearest letter it has. */
const DEVANAGARI_NEAREST: Record<string, string> = {
  'ऎ': 'ए', 'ऒ': 'ओ', 'ॆ': 'े', 'ॊ': 'ो', 'ऴ': 'ल', 'ऱ': 'र', 'ऩ': 'न', 'ळ': 'ल', 'ॅ': 'े', 'ॉ': 'ो', 'ऍ': 'ए', 'ऑ': 'ओ',
};

/** Any Brahmic-script text as Devanagari, with nukta letters folded to their base letter. */
export function toDevanagari(text: string): string {
  let out = '';
  // NFC keeps two-part vowel signs (Tamil ொ) whole and splits nukta letters into base + nukta.
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    const special = SPECIAL[ch];
    if (special !== undefined) {
      out += special;
      continue;
    }
    out += cp > 0x097f && cp < 0x0d80 ? String.fromCodePoint(0x0900 + ((cp - 0x0900) & 0x7f)) : ch;
  }
  // Nukta (़), accents and joiners carry no information a Latin spelling keeps.
  out = out.replace(/[\u093c\u0951-\u0954\u200c\u200d]/g, '');
  return [...out].map((c) => DEVANAGARI_NEAREST[c] ?? c).join('');
}
