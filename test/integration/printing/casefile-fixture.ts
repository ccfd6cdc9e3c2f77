/**
 * A child's case file filled the way a case worker would, mostly in Devanagari: every Form 43
 * section, check-ups, school, reviews, and a care plan saved twice (20-10-2026, then
 * 10-11-2026) so "the plan as it stood on a date" has two versions to choose from.
 */
import { verhoeffCheckDigit } from '../../../src/shared/domain/aadhaar';
import { emptyCarePlan } from '../../../src/shared/domain/care-plan';
import type { PdfEngine } from '../../../src/main/printing/pdf-engine';
import { printingBackend } from './print-fixture';

export const AADHAAR = `23456789012${verhoeffCheckDigit('23456789012')}`;

const SECTIONS: Record<string, Record<string, unknown>> = {
  profile: { caseNo: 'CWC/PAT/2026/114', religion: 'हिन्दू', nationality: 'भारतीय', nativeState: 'बिहार', nativeDistrict: 'पटना', motherTongue: 'भोजपुरी', aadhaar: AADHAAR },
  family: {
    familyType: 'joint',
    housing: 'kutcha',
    rooms: 2,
    occupants: 9,
    broughtBy: 'चाइल्डलाइन 1098 की टीम',
    reasonForLeaving: 'सौतेली माँ के दुर्व्यवहार के कारण घर छोड़ा; पटना जंक्शन पर मिली।',
    stayedWith: 'दादी के साथ',
    parentalCare: 'पिता मज़दूरी के लिए बाहर रहते हैं।',
  },
  abuse: { abuseTypes: ['verbal', 'physical'], abuseDetails: 'घर पर मारपीट और डाँट।', illTreatment: ['foodDenied', 'beaten'] },
  healthBefore: { conditions: ['skin', 'dental'], details: 'खुजली; दाँत में दर्द।' },
  education: { educationBefore: 'गाँव के सरकारी विद्यालय में कक्षा 4 तक।', lastSchool: 'राजकीय प्राथमिक विद्यालय, रामपुर', lastClass: '4', medium: 'हिन्दी', reasonLeftSchool: 'घर के काम के कारण' },
  vocational: { trade: 'सिलाई', proficiency: 'beginner' },
  habits: { goodHabits: 'चित्रकारी, गाना', worked: 'no' },
  social: { friends: 'गाँव की दो सहेलियाँ', societyReaction: 'पड़ोसी सहायक रहे।' },
  medical: { physicalCondition: 'कमज़ोर, कुपोषित', bloodGroup: 'B+', allergies: 'कोई नहीं' },
  summary: { summary: 'बालिका परिवार में लौटना चाहती है; दादी देखरेख को तैयार हैं।', suggestions: 'पारिवारिक परामर्श के बाद पुनर्स्थापन पर विचार।', preparedBy: 'रीना सिंह, परामर्शदाता', preparedOn: '2026-10-18' },
};

const ENTRIES: { kind: string; values: Record<string, unknown> }[] = [
  { kind: 'checkup', values: { date: '2026-10-05', heightCm: 132, weightKg: 27.5, admissibleWeightKg: 30, diet: 'सामान्य', dental: 'कैविटी', eye: 'ठीक' } },
  { kind: 'checkup', values: { date: '2026-11-05', heightCm: 133, weightKg: 29, admissibleWeightKg: 30, diet: 'अतिरिक्त प्रोटीन' } },
  { kind: 'immunisation', values: { date: '2026-10-06', vaccine: 'td', dose: 'पहली' } },
  { kind: 'illness', values: { date: '2026-10-10', until: '2026-10-20', illness: 'खुजली', treatment: 'मलहम', outcome: 'recovered' } },
  { kind: 'education', values: { date: '2026-10-15', school: 'राजकीय मध्य विद्यालय, गायघाट', className: '5', medium: 'हिन्दी', result: 'studying' } },
  { kind: 'review', values: { date: '2026-11-12', reviewedBy: 'प्रबंधन समिति', observations: 'प्रगति संतोषजनक।', actions: 'परिवार से संपर्क जारी रखें।' } },
];

function planA(concern: string) {
  const { partA } = emptyCarePlan();
  return {
    details: { ...partA.details, preparedBy: 'रीना सिंह', preparedOn: '2026-10-20', caseNo: 'CWC/PAT/2026/114', authority: 'बाल कल्याण समिति, पटना', religion: 'हिन्दू' },
    areas: { ...partA.areas, healthNutrition: [{ concern, intervention: 'पोषण आहार और मासिक जाँच', responsible: 'नर्स', targetDate: '2026-12-31' }] },
  };
}

export async function caseFileBackend(engine: PdfEngine) {
  let clock = new Date('2026-10-20T06:30:00.000Z');
  const now = () => clock;
  const { t, child } = await printingBackend(engine, now);
  for (const [section, values] of Object.entries(SECTIONS)) await t.call('casefile.saveSection', { childId: child.id, section: section as never, values });
  for (const e of ENTRIES.filter((x) => x.values['date']! <= '2026-10-20')) await t.call('casefile.addEntry', { childId: child.id, kind: e.kind as never, values: e.values });
  await t.call('carePlan.save', { childId: child.id, baseVersion: 0, part: 'A', data: planA('पहला संस्करण: वज़न कम') });

  clock = new Date('2026-11-15T05:30:00.000Z');
  await t.login();
  for (const e of ENTRIES.filter((x) => x.values['date']! > '2026-10-20')) await t.call('casefile.addEntry', { childId: child.id, kind: e.kind as never, values: e.values });
  await t.call('carePlan.save', { childId: child.id, baseVersion: 1, part: 'A', data: planA('दूसरा संस्करण: वज़न अब भी कम') });
  await t.call('carePlan.save', {
    childId: child.id,
    baseVersion: 2,
    part: 'B',
    data: { reports: [{ from: '2026-10-01', to: '2026-11-10', interviewPlace: 'बाल गृह', generalConduct: 'अच्छा; पढ़ाई में रुचि', healthNutrition: 'वज़न 1.5 कि.ग्रा. बढ़ा' }] },
  });
  return { t, child };
}
