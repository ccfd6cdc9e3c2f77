/**
 * Devanagari → another Brahmic script, as a family or clerk in that state would write the
 * name. Letters a script lacks fall back to its nearest letter (Tamil has no voiced or
 * aspirated stops: ग → க); Tamil writes the dead final consonant with a pulli.
 */
const BLOCK: Record<string, number> = { bengali: 0x0980, gurmukhi: 0x0a00, gujarati: 0x0a80, tamil: 0x0b80 };

const TAMIL_NEAREST: Record<string, string> = {
  'ख': 'क', 'ग': 'क', 'घ': 'क', 'छ': 'च', 'झ': 'ज', 'ठ': 'ट', 'ड': 'ट', 'ढ': 'ट', 'थ': 'त', 'द': 'त', 'ध': 'त', 'फ': 'प', 'ब': 'प', 'भ': 'प', 'ृ': 'ि', 'ं': 'न्', 'ँ': 'न्', 'ऋ': 'इ',
};
const OTHER_NEAREST: Record<string, string> = { 'व': 'ब', 'श': 'स', 'ष': 'स', 'ृ': 'ि', 'ऋ': 'इ', 'ळ': 'ल' };

const assigned = (s: string) => !/\p{Cn}/u.test(s);

export function fromDevanagari(text: string, script: keyof typeof BLOCK): string {
  const base = BLOCK[script]!;
  let src = text.normalize('NFD').replace(/\u093c/g, '');
  if (script === 'tamil') {
    src = [...src].map((c) => TAMIL_NEAREST[c] ?? c).join('');
    // A word ending in a bare consonant ends in a dead consonant in Tamil spelling.
    src = src.replace(/([\u0915-\u0939])(?=\s|$)/g, '$1\u094d');
  }
  return [...src]
    .map((c) => {
      const cp = c.codePointAt(0)!;
      if (cp < 0x0900 || cp > 0x097f) return c;
      const direct = String.fromCodePoint(cp - 0x0900 + base);
      if (assigned(direct)) return direct;
      const near = OTHER_NEAREST[c];
      return near ? String.fromCodePoint(near.codePointAt(0)! - 0x0900 + base) : c;
    })
    .join('');
}
