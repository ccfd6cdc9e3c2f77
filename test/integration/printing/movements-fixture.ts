/**
 * An institution's last quarter of 2026, mostly in Devanagari, for the printed Forms 44 and 45,
 * the admission register and the reports: a girl restored to her father with an escort, a boy
 * who ran away and came back, a child in conflict with law who ran away, a child who died,
 * and a boy admitted and never moved. The clock stands at 28-12-2026.
 */
import type { PdfEngine } from '../../../src/main/printing/pdf-engine';
import { devanagariChild, printingBackend } from './print-fixture';

export const NOW = new Date('2026-12-28T06:00:00.000Z');

export const RESTORATION = {
  kind: 'restoration' as const,
  at: '2026-11-20T05:30:00.000Z',
  restoredTo: 'रामेश्वर प्रसाद',
  relationship: 'पिता',
  address: 'ग्राम रामपुर, थाना दानापुर, ज़िला पटना, बिहार — 801503',
  orderedBy: 'बाल कल्याण समिति, पटना',
  orderNo: 'CWC/PAT/2026/301',
  orderDate: '2026-11-18',
  placeOfOrder: 'पटना',
  section: '37(1)(a)',
  reason: 'परिवार का पता चला; गृह सत्यापन में पिता देखरेख के योग्य पाए गए।',
  supervisedBy: 'ज़िला बाल संरक्षण इकाई, पटना',
  escortOfficer: 'अनीता देवी',
  escortDesignation: 'परामर्शदाता',
  escortFrom: 'राजकीय बालिका गृह, पटना',
  escortTo: 'ग्राम रामपुर, थाना दानापुर, ज़िला पटना',
  escortTravelOn: '2026-11-20',
  escortMode: 'सरकारी वाहन',
};

export async function movementsBackend(engine: PdfEngine) {
  const { t, child: girl } = await printingBackend(engine, () => NOW);
  const boy = await t.call('children.admit', devanagariChild({ admissionNo: 'CH-2026-002', name: 'राहुल यादव', sex: 'male', fatherName: 'सुरेश यादव', motherName: null, admittedAt: '2026-10-03T08:00:00.000Z' }));
  const ccl = await t.call('children.admit', devanagariChild({ admissionNo: 'OH-2026-003', name: 'गुप्त नाम', sex: 'male', category: 'CCL', fatherName: 'छिपे पिता', admittedAt: '2026-10-05T10:00:00.000Z' }));
  const died = await t.call('children.admit', devanagariChild({ admissionNo: 'CH-2026-004', name: 'पूजा कुमारी', fatherName: 'महेश राम', admittedAt: '2026-10-08T07:00:00.000Z' }));
  await t.call('children.admit', devanagariChild({ admissionNo: 'CH-2026-005', name: 'अमन कुमार', sex: 'male', fatherName: null, motherName: null, guardianName: 'सरिता देवी (मौसी)', admittedAt: '2026-12-02T09:15:00.000Z' }));

  await t.call('casefile.saveSection', { childId: girl.id, section: 'profile', values: { caseNo: 'PAT/CNCP/2026/77' } });
  const record = (childId: string, movement: Record<string, unknown>) => t.call('movements.record', { childId, movement: movement as never });
  await record(boy.id, { kind: 'runaway', at: '2026-10-12T14:00:00.000Z', policeInformed: true, policeStation: 'गांधी मैदान', firGdNo: 'GD 45/26', circumstances: 'खेल के समय दीवार फांद कर भागा' });
  await record(boy.id, { kind: 'runaway_return', at: '2026-10-14T06:00:00.000Z', broughtBy: 'चाइल्डलाइन 1098', whereFound: 'पटना जंक्शन' });
  await record(ccl.id, { kind: 'runaway', at: '2026-11-02T16:30:00.000Z', policeInformed: true, policeStation: 'कोतवाली', firGdNo: 'FIR 212/26' });
  await record(girl.id, RESTORATION);
  await record(died.id, {
    kind: 'death',
    at: '2026-11-25T21:00:00.000Z',
    place: 'पटना मेडिकल कॉलेज अस्पताल',
    cause: 'डेंगू बुखार (अस्पताल में उपचार के दौरान)',
    certifiedBy: 'डॉ. आर. के. सिन्हा',
    policeStation: 'पीरबहोर',
    firGdNo: 'UD 17/26',
    postMortem: true,
    authorityInformedOn: '2026-11-26',
  });
  return { t, girl, boy, ccl, died };
}
