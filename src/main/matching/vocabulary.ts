/** Languages and complexions as codes, from English, Hindi and the language's own name. */
const LANGUAGES: Record<string, string[]> = {
  hi: ['hindi', 'हिंदी', 'हिन्दी'],
  bn: ['bengali', 'bangla', 'বাংলা', 'बंगाली', 'बांग्ला'],
  ur: ['urdu', 'اردو', 'उर्दू'],
  bho: ['bhojpuri', 'भोजपुरी'],
  mai: ['maithili', 'मैथिली'],
  mr: ['marathi', 'मराठी'],
  gu: ['gujarati', 'ગુજરાતી', 'गुजराती'],
  pa: ['punjabi', 'panjabi', 'ਪੰਜਾਬੀ', 'पंजाबी'],
  or: ['odia', 'oriya', 'ଓଡ଼ିଆ', 'उड़िया', 'ओड़िया'],
  ta: ['tamil', 'தமிழ்', 'तमिल'],
  te: ['telugu', 'తెలుగు', 'तेलुगु'],
  kn: ['kannada', 'ಕನ್ನಡ', 'कन्नड़'],
  ml: ['malayalam', 'മലയാളം', 'मलयालम'],
  as: ['assamese', 'অসমীয়া', 'असमिया'],
  ne: ['nepali', 'नेपाली'],
  lus: ['mizo', 'lushai', 'मिज़ो'],
  sat: ['santali', 'संथाली'],
  en: ['english', 'अंग्रेज़ी', 'अंग्रेजी'],
};

const LANGUAGE_CODE = new Map<string, string>();
for (const [code, names] of Object.entries(LANGUAGES)) for (const n of [code, ...names]) LANGUAGE_CODE.set(n.normalize('NFC'), code);

export function languageCodes(languages: string[]): string[] {
  return [...new Set(languages.map((l) => {
    const k = l.normalize('NFC').trim().toLowerCase();
    return LANGUAGE_CODE.get(k) ?? k;
  }))];
}

const COMPLEXIONS: [string, RegExp][] = [
  ['fair', /fair|light|गोर|साफ/],
  ['wheatish', /wheat|medium|brown|गेहु|गेहूँ|गेहुँ/],
  ['dark', /dark|dusky|black|sanwla|saanwla|सांवल|साँवल|काल|श्याम/],
];

export function complexionCode(text: string | null): string | null {
  if (!text) return null;
  const t = text.toLowerCase();
  return COMPLEXIONS.find(([, re]) => re.test(t))?.[0] ?? null;
}
