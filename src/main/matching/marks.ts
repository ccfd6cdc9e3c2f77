/**
 * Identification marks as (type, body part, side), read from English or Hindi free text:
 * "mole on left cheek", "बाएँ गाल पर तिल", "burn mark right hand". Each clause (split on
 * commas, "and", "और", full stops) yields at most one mark.
 */
export interface Mark {
  type: string;
  part: string | null;
  side: 'left' | 'right' | null;
}

const TYPES: [string, RegExp][] = [
  ['burn', /burn|जल(?:ने|े)/],
  ['birthmark', /birth\s*mark|जन्म\s*(?:चिह्न|चिन्ह|निशान)/],
  ['mole', /\bmole|\btil\b|तिल|मस्सा|wart/],
  ['scar', /scar|cut\s*mark|wound|निशान|चोट|दाग/],
  ['tattoo', /tattoo|गोदना|टैटू/],
];

const PARTS: [string, RegExp][] = [
  ['cheek', /cheek|गाल/],
  ['forehead', /forehead|माथ/],
  ['chin', /chin|ठोड़ी|ठुड्डी|ठोडी/],
  ['neck', /neck|गर्दन|गले/],
  ['nose', /nose|नाक/],
  ['eye', /\beye|आँख|आंख/],
  ['lip', /\blip|होंठ|होठ/],
  ['ear', /\bear\b|कान/],
  ['face', /face|चेहर/],
  ['hand', /hand|palm|finger|हाथ|हथेली|उंगली|उँगली/],
  ['arm', /\barm|elbow|बांह|बाँह|बाजू|कोहनी/],
  ['leg', /\bleg|knee|thigh|foot|feet|पैर|टांग|घुटन|जांघ/],
  ['back', /\bback\b|पीठ/],
  ['chest', /chest|छाती|सीन/],
  ['stomach', /stomach|belly|abdomen|पेट/],
  ['head', /\bhead|सिर/],
  ['shoulder', /shoulder|कंध/],
];

const LEFT = /\bleft|बाएँ|बाएं|बायां|बाया|बायें|बाईं|बाई|बाँय/;
const RIGHT = /\bright|दाएँ|दाएं|दायां|दाया|दायें|दाईं|दाहिन/;

const firstMatch = (clause: string, table: [string, RegExp][]) => table.find(([, re]) => re.test(clause))?.[0] ?? null;

export function parseMarks(text: string | null): Mark[] {
  if (!text) return [];
  const marks: Mark[] = [];
  for (const clause of text.toLowerCase().split(/[,;.।\n]|\band\b|\bतथा\b|\bऔर\b/)) {
    const type = firstMatch(clause, TYPES);
    if (!type) continue;
    const side = LEFT.test(clause) ? 'left' : RIGHT.test(clause) ? 'right' : null;
    marks.push({ type, part: firstMatch(clause, PARTS), side });
  }
  return marks;
}

/** How well two mark lists agree: 3 same type, part and side; 2 same type and part; 1 neither; 0 a side conflict on the same type and part. */
export function markAgreement(a: Mark[], b: Mark[]): number {
  let best = 1;
  let conflict = false;
  for (const x of a) {
    for (const y of b) {
      if (x.type !== y.type || x.part === null || x.part !== y.part) continue;
      if (x.side !== null && y.side !== null && x.side !== y.side) conflict = true;
      else best = Math.max(best, x.side !== null && y.side !== null ? 3 : 2);
    }
  }
  return best === 1 && conflict ? 0 : best;
}

export const describeMark = (m: Mark) => [m.type, m.side, m.part].filter(Boolean).join(' ');
