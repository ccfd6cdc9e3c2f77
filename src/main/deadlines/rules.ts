/**
 * The statutory deadlines, as data. Each row cites where the deadline comes from; rows whose
 * provision the reference document marks as recalled rather than read in the Gazette say so
 * (verified: false), and the screens show it. To correct a deadline, correct its row; to add
 * one, add a row — and a fact source in facts.ts if it reads something nothing provides yet.
 *
 * The Board's and Committee's rules (issue 6) run per case (`scope: 'case'`), from the case's
 * own facts (src/main/cases/deadline-facts.ts): a child can have several cases, each with its
 * clock. They warn 7 days ahead.
 */
import type { DeadlineRule } from '../../shared/domain/deadlines';

const CASE_STAFF = ['administrator', 'superintendent', 'case-worker'] as const;
const CCL_STAFF = ['administrator', 'superintendent', 'jjb-clerk'] as const;
const BOARD_STAFF = [...CCL_STAFF, 'board-member'] as const;
const COMMITTEE_STAFF = [...CASE_STAFF, 'data-entry', 'board-member'] as const;

/** What the two productions, the two SIRs and the two follow-ups share; each row then says what differs. */
const PRODUCTION = { scope: 'child', while: 'in_care', start: 'admission', due: { hours: 24 }, warn: { hours: 24 }, done: { fact: 'production' }, mode: 'once' } as const;
/** A case's clock: from its first production unless said otherwise, while it is pending, warned 7 days ahead. */
const CASE = { scope: 'case', while: 'pending', start: 'firstProduction', warn: { days: 7 }, mode: 'once' } as const;
const BOARD = { ...CASE, responsible: BOARD_STAFF } as const;
const COMMITTEE = { ...CASE, responsible: COMMITTEE_STAFF } as const;
const PRODUCED = { start: 'apprehension', due: { hours: 24 }, warn: { hours: 24 }, done: { fact: 'firstProduction' } } as const;
const SIR = { due: { days: 15 }, done: { fact: 'sir' } } as const;
const INQUIRY = { due: { months: 4 }, done: { fact: 'disposal' }, extendedBy: 'inquiryExtension', inquiryLimit: true } as const;
const LFA = { done: { fact: 'lfaDeclared' } } as const;
const LFA_SOURCE = {
  text: 'JJ Act 2015 s.38(1); Model Rules 2016 r.19(29), Form 25 ("up to two years of age": taken as under 2 at first production)',
  textHi: 'किशोर न्याय अधिनियम 2015 धारा 38(1); आदर्श नियम 2016 नियम 19(29), प्रपत्र 25 ("दो वर्ष तक की आयु": पहली प्रस्तुति पर 2 वर्ष से कम माना गया)',
  verified: false,
};
const FOLLOW_UP = { scope: 'child', while: 'restored', start: 'restoration', warn: { days: 14 }, mode: 'once', responsible: CASE_STAFF } as const;
const FOLLOW_UP_SOURCE = { text: 'Model Rules 2016 Form 7 Part D (post-release follow-ups); r.82', textHi: 'आदर्श नियम 2016 प्रपत्र 7 भाग D (रिहाई के बाद फ़ॉलो-अप); नियम 82', verified: true };

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'production-cwc',
    title: 'Produce the child before the Child Welfare Committee within 24 hours',
    source: { text: 'JJ Act 2015 s.31(1) (excluding journey time); Model Rules 2016 r.18(2), Form 17', textHi: 'किशोर न्याय अधिनियम 2015 धारा 31(1) (यात्रा का समय छोड़कर); आदर्श नियम 2016 नियम 18(2), प्रपत्र 17', verified: false },
    categories: ['CNCP'],
    responsible: CASE_STAFF,
    ...PRODUCTION,
  },
  {
    id: 'production-jjb',
    title: 'Produce the child before the Juvenile Justice Board within 24 hours',
    source: { text: 'JJ Act 2015 s.10(1) (excluding journey time)', textHi: 'किशोर न्याय अधिनियम 2015 धारा 10(1) (यात्रा का समय छोड़कर)', verified: false },
    categories: ['CCL'],
    responsible: CCL_STAFF,
    ...PRODUCTION,
  },
  {
    id: 'apprehension-production-jjb',
    title: 'Produce the child before the Board within 24 hours of apprehension',
    source: { text: 'JJ Act 2015 s.10(1) (excluding journey time); Model Rules 2016 r.8', textHi: 'किशोर न्याय अधिनियम 2015 धारा 10(1) (यात्रा का समय छोड़कर); आदर्श नियम 2016 नियम 8', verified: false },
    when: { authority: ['jjb'] },
    ...BOARD,
    ...PRODUCED,
  },
  {
    id: 'taken-charge-production-cwc',
    title: 'Produce the child before the Committee within 24 hours of taking charge',
    source: { text: 'JJ Act 2015 s.31(1) (excluding journey time); Model Rules 2016 r.18(2), Form 17', textHi: 'किशोर न्याय अधिनियम 2015 धारा 31(1) (यात्रा का समय छोड़कर); आदर्श नियम 2016 नियम 18(2), प्रपत्र 17', verified: false },
    when: { authority: ['cwc'] },
    ...COMMITTEE,
    ...PRODUCED,
  },
  {
    id: 'sir-ccl',
    title: 'Social investigation report (Form 6) within 15 days of first production',
    source: { text: 'JJ Act 2015 s.13(1)(ii) ("within two weeks"); Model Rules 2016 r.10, Form 6', textHi: 'किशोर न्याय अधिनियम 2015 धारा 13(1)(ii) ("दो सप्ताह के भीतर"); आदर्श नियम 2016 नियम 10, प्रपत्र 6', verified: false },
    when: { authority: ['jjb'] },
    ...BOARD,
    ...SIR,
  },
  {
    id: 'sir-cncp',
    title: 'Social investigation report (Form 22) within 15 days of first production',
    source: { text: 'JJ Act 2015 s.36(1) proviso; Model Rules 2016 r.19, Form 22', textHi: 'किशोर न्याय अधिनियम 2015 धारा 36(1) का परंतुक; आदर्श नियम 2016 नियम 19, प्रपत्र 22', verified: false },
    when: { authority: ['cwc'] },
    ...COMMITTEE,
    ...SIR,
  },
  {
    id: 'inquiry-jjb',
    title: 'Complete the inquiry within 4 months of first production (the Board may extend it by at most 2)',
    source: { text: 'JJ Act 2015 s.14(2); beyond that, for serious and heinous offences, the CJM/CMM (s.14(4))', textHi: 'किशोर न्याय अधिनियम 2015 धारा 14(2); उसके आगे, गंभीर और जघन्य अपराधों में, मुख्य न्यायिक / महानगर मजिस्ट्रेट (धारा 14(4))', verified: true },
    when: { authority: ['jjb'], offenceClass: ['serious', 'heinous'] },
    ...BOARD,
    ...INQUIRY,
  },
  {
    id: 'inquiry-jjb-petty',
    title: 'Petty offence: complete the inquiry within 4 months (+ at most 2); after that the proceedings stand terminated',
    source: { text: 'JJ Act 2015 s.14(2) and s.14(4)', textHi: 'किशोर न्याय अधिनियम 2015 धारा 14(2) और धारा 14(4)', verified: true },
    when: { authority: ['jjb'], offenceClass: ['petty'] },
    onExpiry: 'terminated',
    ...BOARD,
    ...INQUIRY,
  },
  {
    id: 'preliminary-assessment',
    title: 'Preliminary assessment (heinous offence, child of 16–18) within 3 months of first production',
    source: { text: 'JJ Act 2015 s.14(3) and s.15(1)', textHi: 'किशोर न्याय अधिनियम 2015 धारा 14(3) और धारा 15(1)', verified: true },
    when: { authority: ['jjb'], offenceClass: ['heinous'], ageAtOffence: ['16to18', 'unknown'] },
    ...BOARD,
    due: { months: 3 },
    done: { fact: 'preliminaryAssessment' },
  },
  {
    id: 'bail-conditions',
    title: 'Bail conditions not met within 7 days: produce the child again to modify them',
    source: { text: 'JJ Act 2015 s.12(4)', textHi: 'किशोर न्याय अधिनियम 2015 धारा 12(4)', verified: false },
    when: { authority: ['jjb'] },
    ...BOARD,
    start: 'bailConditional',
    due: { days: 7 },
    done: { fact: 'bailSettled' },
  },
  {
    id: 'age-medical-test',
    title: 'Medical age-determination test to be completed within 15 days of the order',
    source: { text: 'JJ Act 2015 s.94(2)(iii)', textHi: 'किशोर न्याय अधिनियम 2015 धारा 94(2)(iii)', verified: true },
    ...CASE,
    responsible: [...new Set([...BOARD_STAFF, ...COMMITTEE_STAFF])],
    start: 'medicalAgeTestOrdered',
    due: { days: 15 },
    done: { fact: 'medicalAgeTestDone' },
  },
  {
    id: 'inquiry-cwc',
    title: 'Final order of the Committee within 4 months of first production',
    source: { text: 'JJ Act 2015 s.36(1) proviso (SIR in 15 days "to enable the Committee to pass final order within four months")', textHi: 'किशोर न्याय अधिनियम 2015 धारा 36(1) का परंतुक (15 दिन में सामाजिक जाँच रिपोर्ट "ताकि समिति चार महीने में अंतिम आदेश दे सके")', verified: false },
    when: { authority: ['cwc'] },
    ...COMMITTEE,
    due: { months: 4 },
    done: { fact: 'disposal' },
    inquiryLimit: true,
  },
  {
    id: 'lfa-under-2',
    title: 'Declare the child (under 2) legally free for adoption, or restore, within 2 months of production',
    source: LFA_SOURCE,
    when: { authority: ['cwc'], adoption: ['yes'], ageAtProduction: ['under2'] },
    ...COMMITTEE,
    ...LFA,
    due: { months: 2 },
  },
  {
    id: 'lfa-over-2',
    title: 'Declare the child (2 or older) legally free for adoption, or restore, within 4 months of production',
    source: LFA_SOURCE,
    when: { authority: ['cwc'], adoption: ['yes'], ageAtProduction: ['2plus', 'unknown'] },
    ...COMMITTEE,
    ...LFA,
    due: { months: 4 },
  },
  {
    id: 'hearing-outcome',
    title: 'Record what happened at the hearing, with the next date',
    source: { text: 'Model Rules 2016 r.12(1), Form 11 / r.20(1), Form 26 (every date of the case); that a hearing ends with a next date or a final order is Homeward’s rule', textHi: 'आदर्श नियम 2016 नियम 12(1), प्रपत्र 11 / नियम 20(1), प्रपत्र 26 (प्रकरण की हर तारीख़); हर सुनवाई अगली तारीख़ या अंतिम आदेश के साथ समाप्त हो, यह Homeward का नियम है', verified: false },
    ...CASE,
    responsible: [...new Set([...BOARD_STAFF, ...COMMITTEE_STAFF])],
    start: 'hearingListed',
    due: { days: 0 },
    warn: { days: 0 },
    done: { fact: 'hearingRecorded' },
  },
  {
    id: 'icp',
    title: 'Individual care plan (Form 7) within one month of admission',
    source: { text: 'Model Rules 2016 r.69I(3), Form 7 (the one-month limit as printed in Forms 11 and 26)', textHi: 'आदर्श नियम 2016 नियम 69I(3), प्रपत्र 7 (एक महीने की सीमा, जैसी प्रपत्र 11 और 26 में छपी है)', verified: true },
    scope: 'child',
    while: 'in_care',
    start: 'admission',
    due: { months: 1 },
    warn: { days: 7 },
    done: { fact: 'icp' },
    mode: 'once',
    responsible: CASE_STAFF,
  },
  {
    id: 'case-history-review',
    title: 'Quarterly review of the case history by the Management Committee',
    source: { text: 'Model Rules 2016 r.69H(3), Form 43 ("quarterly review of case history")', textHi: 'आदर्श नियम 2016 नियम 69H(3), प्रपत्र 43 ("केस इतिहास की त्रैमासिक समीक्षा")', verified: true },
    scope: 'child',
    while: 'in_care',
    start: 'admission',
    due: { months: 3 },
    warn: { days: 14 },
    done: { fact: 'caseHistoryReview' },
    mode: 'rolling',
    responsible: ['administrator', 'superintendent'],
  },
  {
    id: 'follow-up-2-months',
    title: 'Follow-up of the restored child at 2 months (Form 7 Part D)',
    source: FOLLOW_UP_SOURCE,
    due: { months: 2 },
    done: { fact: 'followUp', tag: 'twoMonths' },
    ...FOLLOW_UP,
  },
  {
    id: 'follow-up-6-months',
    title: 'Follow-up of the restored child at 6 months (Form 7 Part D)',
    source: FOLLOW_UP_SOURCE,
    due: { months: 6 },
    done: { fact: 'followUp', tag: 'sixMonths' },
    ...FOLLOW_UP,
  },
  {
    id: 'turning-18',
    title: 'Turns 18: plan after care or release',
    source: { text: 'JJ Act 2015 s.46 (after care); Model Rules 2016 r.25, Form 37', textHi: 'किशोर न्याय अधिनियम 2015 धारा 46 (पश्चात देखरेख); आदर्श नियम 2016 नियम 25, प्रपत्र 37', verified: false },
    scope: 'child',
    while: 'in_care',
    start: 'birthday18',
    due: {},
    warn: { months: 6 },
    mode: 'once',
    responsible: ['administrator', 'superintendent'],
  },
  {
    id: 'quarterly-report',
    title: 'Quarterly report of restored, dead and runaway children to the Committee and the District Magistrate',
    source: { text: 'JJ Act 2015 s.40(4); the 15 days after the quarter are Homeward’s choice (the Act sets no date)', textHi: 'किशोर न्याय अधिनियम 2015 धारा 40(4); तिमाही के बाद के 15 दिन Homeward ने चुने हैं (अधिनियम कोई तारीख तय नहीं करता)', verified: false },
    scope: 'institution',
    while: 'in_care',
    start: 'quarterEnd',
    due: { days: 15 },
    warn: { days: 15 },
    done: { fact: 'quarterlyReportSent' },
    mode: 'once',
    responsible: ['administrator', 'superintendent'],
  },
];
