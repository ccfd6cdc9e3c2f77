/**
 * Comparison keys for one romanised name token. The key folds the spelling choices Indian
 * names are written with (Suneeta/Sunita, Laxmi/Lakshmi, Aishwarya/Aishvarya); the loose key
 * keeps only the consonant frame with voicing folded, which is what survives Tamil script
 * (no voiced letters), Bengali b/v and a badly heard name.
 */
const collapseDoubles = (s: string) => s.replace(/([a-z])\1+/g, '$1');

const KEY_FOLDS: [RegExp, string][] = [
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/z/g, 'j'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/([kgcjtdpbs])h/g, '$1'],
  [/ou/g, 'au'],
  [/([aeiou])h$/g, '$1'],
];

export function nameKey(strict: string): string {
  let s = collapseDoubles(strict.replace(/ee/g, 'i').replace(/oo/g, 'u'));
  for (const [re, to] of KEY_FOLDS) s = s.replace(re, to);
  s = collapseDoubles(s);
  // The final schwa: Rama/Ram, Krishna/Krishn, Sunita/Sunit.
  return s.length > 2 ? s.replace(/([^aeiou])a$/, '$1') : s;
}

const VOICING: Record<string, string> = { g: 'k', d: 't', b: 'p', v: 'p', j: 'c', f: 'p' };

export function looseKey(key: string): string {
  if (key === '') return '';
  // Anusvara is written n or m before a consonant (Shankar/Shamkar): fold before vowels go.
  const folded = key.replace(/m(?=[kgctdsj])/g, 'n').replace(/[gdbvjf]/g, (c) => VOICING[c]!);
  const rest = folded.slice(1).replace(/[aeiouyh]/g, '');
  return collapseDoubles(folded[0] + rest);
}
