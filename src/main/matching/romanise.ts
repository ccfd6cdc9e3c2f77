/**
 * Any written name token → lower-case ASCII Latin. Brahmic scripts go through Devanagari and
 * Sanscript's ITRANS scheme (chosen because it is plain ASCII and case-marks the retroflex and
 * long letters, so folding it to everyday spelling is a handful of replacements). Hindi drops
 * the inherent vowel at the end of a word and in the middle of V C a C V (कमला = Kamla): that
 * is done here, in Devanagari, by writing the virama the spelling leaves out.
 */
import Sanscript from '@indic-transliteration/sanscript';
import anyAscii from 'any-ascii';
import { SCHWA_DELETING, scriptOf, toDevanagari } from './scripts';

const VIRAMA = '\u094d';
const isConsonant = (c: string) => c >= '\u0915' && c <= '\u0939';
const isVowelSign = (c: string) => (c >= '\u093e' && c <= '\u094c') || c === '\u0962' || c === '\u0963';
const isIndependentVowel = (c: string) => c >= '\u0904' && c <= '\u0914';
const isNasalOrVisarga = (c: string) => c >= '\u0901' && c <= '\u0903';

/** One akshara: a consonant with its vowel (inherent 'a', a sign, or none), or a vowel. */
interface Unit {
  text: string;
  consonant: boolean;
  vowel: 'inherent' | 'sign' | 'none' | 'independent';
  nasal: boolean;
}

function units(word: string): Unit[] {
  const out: Unit[] = [];
  for (const c of word) {
    const last = out[out.length - 1];
    if (isConsonant(c)) out.push({ text: c, consonant: true, vowel: 'inherent', nasal: false });
    else if (isIndependentVowel(c)) out.push({ text: c, consonant: false, vowel: 'independent', nasal: false });
    else if (last && c === VIRAMA && last.consonant) last.vowel = 'none';
    else if (last && isVowelSign(c) && last.consonant) last.vowel = 'sign';
    else if (last && isNasalOrVisarga(c)) last.nasal = true;
    if (last && !isConsonant(c) && !isIndependentVowel(c)) last.text += c;
  }
  return out;
}

const sounds = (u: Unit | undefined) => u !== undefined && u.vowel !== 'none';

/** Writes a virama where Hindi pronunciation (and so Latin spelling) drops the inherent vowel. */
export function deleteSchwas(word: string): string {
  const us = units(word);
  const n = us.length;
  const last = us[n - 1];
  // Final: not in a one-syllable word, nor after a conjunct (Narendra, Krishna keep it).
  if (n > 1 && last && last.vowel === 'inherent' && !last.nasal && us[n - 2]!.vowel !== 'none') last.vowel = 'none';
  for (let i = n - 2; i >= 1; i--) {
    const u = us[i]!;
    if (u.vowel === 'inherent' && !u.nasal && sounds(us[i - 1]) && us[i + 1]!.consonant && sounds(us[i + 1])) u.vowel = 'none';
  }
  return us.map((u) => (u.consonant && u.vowel === 'none' && !u.text.endsWith(VIRAMA) ? u.text + VIRAMA : u.text)).join('');
}

/** ITRANS → everyday Indian Latin spelling (longest patterns first). */
const ITRANS_FOLDS: [RegExp, string][] = [
  [/j~n/g, 'gy'],
  [/RR[iI]/g, 'ri'],
  [/LL[iI]/g, 'li'],
  [/Ch/g, 'chh'],
  [/M(?=[pbm])/g, 'm'],
  [/\.N|~N|~n|M/g, 'n'],
  [/\.a|\.h|\^/g, ''],
  [/H/g, 'h'],
];

function brahmicToLatin(token: string, script: ReturnType<typeof scriptOf>): string {
  let deva = toDevanagari(token);
  if (SCHWA_DELETING.has(script)) deva = deleteSchwas(deva);
  let s = Sanscript.t(deva, 'devanagari', 'itrans');
  for (const [re, to] of ITRANS_FOLDS) s = s.replace(re, to);
  return s.toLowerCase();
}

/** A token in plain lower-case ASCII letters (digits and punctuation dropped). */
export function romanise(token: string): string {
  const script = scriptOf(token);
  const latin = script === 'latin' || script === 'other' ? anyAscii(token) : brahmicToLatin(token, script);
  return latin.toLowerCase().replace(/[^a-z]/g, '');
}
