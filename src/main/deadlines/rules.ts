/**
 * The statutory deadlines, as data. Each row cites where the deadline comes from; rows whose
 * provision the reference document marks as recalled rather than read in the Gazette say so
 * (verified: false), and the screens show it. To correct a deadline, correct its row; to add
 * one (the JJB inquiry's 4 + 2 months, the petty-offence termination, 7-day warnings), add a
 * row — and a fact source in facts.ts if it reads something nothing provides yet.
 */
import type { DeadlineRule } from '../../shared/domain/deadlines';

const CASE_STAFF = ['administrator', 'superintendent', 'case-worker'] as const;
const CCL_STAFF = ['administrator', 'superintendent', 'jjb-clerk'] as const;

/** What the two productions, the two SIRs and the two follow-ups share; each row then says what differs. */
const PRODUCTION = { scope: 'child', while: 'in_care', start: 'admission', due: { hours: 24 }, warn: { hours: 24 }, done: { fact: 'production' }, mode: 'once' } as const;
const SIR = { scope: 'child', while: 'in_care', start: 'admission', due: { days: 15 }, warn: { days: 5 }, done: { fact: 'sir' }, mode: 'once' } as const;
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
    id: 'sir-cncp',
    title: 'Social investigation report (Form 22) within 15 days',
    source: { text: 'JJ Act 2015 s.36(1) proviso; Model Rules 2016 r.19, Form 22', textHi: 'किशोर न्याय अधिनियम 2015 धारा 36(1) का परंतुक; आदर्श नियम 2016 नियम 19, प्रपत्र 22', verified: false },
    categories: ['CNCP'],
    responsible: CASE_STAFF,
    ...SIR,
  },
  {
    id: 'sir-ccl',
    title: 'Social investigation report (Form 6) within 15 days',
    source: { text: 'JJ Act 2015 s.13(1)(ii) ("within two weeks"); Model Rules 2016 r.10, Form 6', textHi: 'किशोर न्याय अधिनियम 2015 धारा 13(1)(ii) ("दो सप्ताह के भीतर"); आदर्श नियम 2016 नियम 10, प्रपत्र 6', verified: false },
    categories: ['CCL'],
    responsible: CCL_STAFF,
    ...SIR,
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
