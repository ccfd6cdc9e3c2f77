/**
 * Name material for the generator, read at bench time from the shared data folder (never
 * copied into the repo): Parlikar's English↔Hindi first names. Surnames and Mizo names are
 * built here from a short list and syllables; none of it describes a real person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_DATA = process.env['HOMEWARD_SHARED_DATA'] ?? join(process.cwd(), '..', 'shared', 'data');

export interface NamePair {
  latin: string[];
  devanagari: string;
  female: boolean;
}

/** Distinct Devanagari names with all their Roman spellings. */
export function loadParlikar(): NamePair[] {
  const text = readFileSync(join(SHARED_DATA, 'names', 'parlikar_indian_first_names_en_hi.tsv'), 'utf8');
  const byHindi = new Map<string, string[]>();
  for (const line of text.trim().split('\n').slice(1)) {
    const [en, hi] = line.split('\t');
    if (!en || !hi || /\s/.test(hi.trim())) continue;
    const list = byHindi.get(hi.trim()) ?? [];
    list.push(en.trim());
    byHindi.set(hi.trim(), list);
  }
  // Hindi feminine names mostly end in ā or ī.
  return [...byHindi].map(([devanagari, latin]) => ({ devanagari, latin, female: /[ाी]$/.test(devanagari) }));
}

export const SURNAMES: [string, string][] = [
  ['Yadav', 'यादव'], ['Sharma', 'शर्मा'], ['Verma', 'वर्मा'], ['Gupta', 'गुप्ता'], ['Mishra', 'मिश्रा'], ['Paswan', 'पासवान'], ['Mandal', 'मंडल'],
  ['Mahto', 'महतो'], ['Ansari', 'अंसारी'], ['Khan', 'ख़ान'], ['Prasad', 'प्रसाद'], ['Chaudhary', 'चौधरी'], ['Pandey', 'पांडेय'], ['Tiwari', 'तिवारी'],
  ['Ram', 'राम'], ['Sahni', 'सहनी'], ['Manjhi', 'मांझी'], ['Rajbhar', 'राजभर'], ['Nishad', 'निषाद'], ['Saini', 'सैनी'], ['Das', 'दास'],
  ['Ghosh', 'घोष'], ['Biswas', 'बिस्वास'], ['Sardar', 'सरदार'], ['Gill', 'गिल'], ['Sandhu', 'संधू'], ['Pillai', 'पिल्लै'], ['Murugan', 'मुरुगन'],
  ['Thakur', 'ठाकुर'], ['Rajput', 'राजपूत'], ['Kushwaha', 'कुशवाहा'], ['Rai', 'राय'], ['Sinha', 'सिन्हा'], ['Jha', 'झा'], ['Pal', 'पाल'],
];

const MIZO_HEADS = ['Lal', 'Van', 'Vanlal', 'Zo', 'Mal', 'Remi', 'Sanga'];
const MIZO_SYLLABLES = ['ṭha', 'nzu', 'ala', 'rem', 'rua', 'ta', 'hri', 'at', 'pu', 'ii', 'sang', 'zel', 'mua', 'na', 'chha', 'hmin', 'ngai', 'ṭluan', 'dika', 'bia'];

/** A Mizo single name such as Lalṭhanzuala, from a head and two or three syllables. */
export function mizoName(pick: <T>(xs: readonly T[]) => T, extra: boolean): string {
  const body = [pick(MIZO_SYLLABLES), pick(MIZO_SYLLABLES), ...(extra ? [pick(MIZO_SYLLABLES)] : [])].join('');
  return pick(MIZO_HEADS) + body;
}

export const VILLAGE_SYLLABLES = ['ram', 'pur', 'gan', 'ja', 'nag', 'ar', 'bel', 'ha', 'sona', 'kha', 'ri', 'dih', 'tola', 'bar', 'ki', 'sar', 'chak', 'mohan', 'la', 'wa'];
