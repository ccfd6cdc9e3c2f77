/**
 * The Board's and Committee's printed forms: Forms 1, 6 and 11 from a Board case, Forms 15, 17,
 * 18, 19, 22, 25 and 26 from a Committee case, the cause list, the pendency and the disposals
 * reports — each read back from the PDF (Hindi and English labels, the recorded values), kept
 * with a PNG of page 1 under test-results/printing/. The lists and reports carry no name; a CCL
 * case's forms are refused to a role that may not see the child, and a form of the wrong
 * authority; a span of months backwards or over two years is refused.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { keepPrint, missingText, pdfFontNames, pdfLayoutText, pdfPageCount, pdfPageSize, pdfText, PRINT_FONTS } from '../../helpers/pdf';
import { childInput } from '../../helpers/backend';
import { printingBackend, sharedEngine } from './print-fixture';

const engine = sharedEngine();
afterAll(() => engine.close());

const NOW = new Date('2026-11-20T06:00:00.000Z'); // Friday 20-11-2026

async function casesBackend() {
  const { t, child: girl } = await printingBackend(engine, () => NOW);
  const boy = await t.call('children.admit', childInput({ admissionNo: 'OH-2026-044', name: 'राहुल यादव', aliases: [], category: 'CCL', dob: '2009-06-01', ageYears: null, ageEstimated: false, fatherName: 'सुरेश यादव', admittedAt: '2026-10-02T05:00:00.000Z' }));
  const board = await t.call('cases.register', {
    childId: boy.id,
    authority: 'jjb',
    particulars: {
      caseNo: 'JJB/PAT/88/2026',
      firNo: '245/2026',
      firDate: '2026-10-01',
      policeStation: 'कोतवाली',
      sections: [{ statute: 'BNS', section: '309(4)' }],
      offenceClass: 'serious',
      offenceDate: '2026-09-30',
      apprehendedAt: '2026-10-01T16:30:00.000Z',
      firstProducedAt: '2026-10-02T05:00:00.000Z',
      investigatingOfficer: 'उप निरीक्षक अनिल पासवान',
    },
    next: { date: '2026-10-12', bench: '1', purpose: 'sir' },
  });
  await t.call('cases.addEntry', { caseId: board.id, kind: 'sbr', values: { date: '2026-10-02', circumstances: 'बाज़ार के पास पकड़ा गया', allegedRole: 'दो वयस्कों के साथ', abuse: ['verbal'], usedByAdults: 'yes' } });
  await t.call('cases.addEntry', { caseId: board.id, kind: 'ageDetermination', values: { date: '2026-10-02', evidence: 'schoolCertificate', documentDetails: 'कक्षा 8 का प्रमाणपत्र', determinedOn: '2026-10-05', ageOnOffenceDate: 17, determinedBy: 'किशोर न्याय बोर्ड' } });
  await t.call('cases.addEntry', { caseId: board.id, kind: 'custody', values: { date: '2026-10-02', place: 'observationHome', institution: 'संप्रेक्षण गृह, पटना' } });
  const listed = (await t.call('cases.get', { id: board.id })).hearings.at(-1)!;
  await t.call('hearings.record', { hearingId: listed.id, outcome: 'adjourned', reason: 'परिवीक्षा अधिकारी अवकाश पर', proceedings: null, next: { date: '2026-10-26', bench: '1', purpose: 'prosecutionEvidence' } });
  await t.call('cases.addEntry', { caseId: board.id, kind: 'sir', values: { date: '2026-10-14', preparedBy: 'मीना देवी', preparerRole: 'probationOfficer', causes: 'गलत संगत', recommendation: 'परामर्श और विद्यालय में वापसी' } });

  const committee = await t.call('cases.register', {
    childId: girl.id,
    authority: 'cwc',
    particulars: { caseNo: 'CWC/PAT/301/2026', gdNo: 'GD 412', gdDate: '2026-09-30', apprehendedAt: '2026-09-30T14:00:00.000Z', firstProducedAt: '2026-10-01T06:30:00.000Z', adoptionGround: 'abandoned' },
    next: { date: '2026-10-12', bench: '1', purpose: 'sir' },
  });
  await t.call('cases.addEntry', { caseId: committee.id, kind: 'productionReport', values: { date: '2026-10-01', producedBy: 'चाइल्डलाइन 1098', producerRole: 'childline', producerContact: '1098', whereFound: 'पटना जंक्शन, प्लेटफ़ॉर्म 4', circumstances: 'अकेली रोती हुई मिली', belongings: 'एक थैला' } });
  await t.call('cases.addEntry', { caseId: committee.id, kind: 'interimOrder', values: { date: '2026-10-01', orderForm: 'form18', placedWith: 'राजकीय बालिका गृह, पटना' } });
  await t.call('cases.addEntry', { caseId: committee.id, kind: 'interimOrder', values: { date: '2026-10-20', orderForm: 'form19', placedWith: 'गीता देवी (मौसी)', address: 'दानापुर' } });
  await t.call('cases.addEntry', { caseId: committee.id, kind: 'sir', values: { date: '2026-10-12', preparedBy: 'मीना देवी', preparerRole: 'socialWorker', restorationRisk: 'माता-पिता का पता नहीं' } });
  await t.call('cases.addEntry', { caseId: committee.id, kind: 'lfaDeclaration', values: { date: '2026-11-16', orderNo: 'CWC/PAT/LFA/9', members: 3, agency: 'विशेषीकृत दत्तक ग्रहण अभिकरण, पटना' } });
  return { t, boy, girl, board, committee };
}

describe('printed Board and Committee forms', { timeout: 300_000 }, () => {
  it('prints Forms 1, 6 and 11 from the Board’s case', async () => {
    const { t, board } = await casesBackend();
    const f1 = await t.call('print.form', { form: 'form1', case: { id: board.id } });
    expect(f1.fileName).toBe('form1-JJB-PAT-88-2026.pdf');
    const file1 = keepPrint('form1', f1.pdfBase64);
    expect(missingText(file1, ['प्रपत्र 1 / FORM 1', 'सामाजिक पृष्ठभूमि रिपोर्ट', 'JJB/PAT/88/2026', 'राहुल यादव', 'सुरेश यादव', 'BNS 309(4)', '245/2026, 01-10-2026', 'बाज़ार के पास पकड़ा गया', 'दो वयस्कों के साथ'])).toEqual([]);
    expect(pdfFontNames(file1).filter((f) => !PRINT_FONTS.test(f))).toEqual([]);

    const file6 = keepPrint('form6', (await t.call('print.form', { form: 'form6', case: { caseNo: 'JJB/PAT/88/2026', authority: null } })).pdfBase64);
    expect(missingText(file6, ['प्रपत्र 6 / FORM 6', 'सामाजिक जाँच रिपोर्ट', 'मीना देवी', 'गलत संगत', 'परामर्श और विद्यालय में वापसी', '14-10-2026'])).toEqual([]);

    const file11 = keepPrint('form11', (await t.call('print.form', { form: 'form11', case: { id: board.id } })).pdfBase64);
    expect(missingText(file11, ['प्रपत्र 11 / FORM 11', 'प्रकरण निगरानी पत्रक', 'संप्रेक्षण गृह, पटना', 'कक्षा 8', '05-10-2026', '17', 'परिवीक्षा अधिकारी अवकाश पर', '17-10-2026', 'पूरा'])).toEqual([]);
  });

  it('prints Forms 15, 17, 18, 19, 22, 25 and 26 from the Committee’s case', async () => {
    const { t, girl, committee } = await casesBackend();
    const print = async (form: 'form15' | 'form18' | 'form19' | 'form22' | 'form25' | 'form26') => keepPrint(form, (await t.call('print.form', { form, case: { id: committee.id } })).pdfBase64);
    expect(missingText(await print('form15'), ['प्रपत्र 15 / FORM 15', 'प्रकरण सारांश', 'CWC/PAT/301/2026', 'सुनीता कुमारी', 'रामेश्वर प्रसाद', 'चाइल्डलाइन 1098', '01-10-2026, 12-10-2026', 'GD 412'])).toEqual([]);
    expect(missingText(await print('form18'), ['प्रपत्र 18 / FORM 18', 'राजकीय बालिका गृह, पटना', '01-10-2026'])).toEqual([]);
    expect(missingText(await print('form19'), ['प्रपत्र 19 / FORM 19', 'गीता देवी (मौसी)', 'दानापुर'])).toEqual([]);
    expect(missingText(await print('form22'), ['प्रपत्र 22 / FORM 22', 'माता-पिता का पता नहीं'])).toEqual([]);
    expect(missingText(await print('form25'), ['प्रपत्र 25 / FORM 25', 'दत्तक ग्रहण हेतु विधिक रूप से मुक्त', 'CWC/PAT/LFA/9', 'विशेषीकृत दत्तक ग्रहण अभिकरण, पटना'])).toEqual([]);
    expect(missingText(await print('form26'), ['प्रपत्र 26 / FORM 26', 'समिति हेतु प्रकरण निगरानी पत्रक', 'अंतरिम'])).toEqual([]);
    // Form 17, the child's production report, now carries what the Committee's case recorded.
    const f17 = keepPrint('form17-with-case', (await t.call('print.form', { form: 'form17', child: { id: girl.id } })).pdfBase64);
    expect(missingText(f17, ['CWC/PAT/301/2026', 'चाइल्डलाइन 1098', 'पटना जंक्शन, प्लेटफ़ॉर्म 4', 'अकेली रोती हुई मिली', '12:00'])).toEqual([]);
  });

  it('prints the cause list, the pendency and the disposals reports with case numbers and initials, and no name', async () => {
    const { t, board, committee } = await casesBackend();
    const list = await t.call('print.form', { form: 'cause-list', date: '2026-10-26', authority: 'jjb', bench: null });
    expect(list.fileName).toBe('cause-list-jjb-2026-10-26.pdf');
    const file = keepPrint('cause-list', list.pdfBase64);
    expect(missingText(file, ['वाद सूची', 'Cause list', 'JJB/PAT/88/2026', 'र. य.', 'अभियोजन साक्ष्य', '12-10-2026'])).toEqual([]);
    const pending = keepPrint('pendency', (await t.call('print.form', { form: 'pendency', authority: 'cwc' })).pdfBase64);
    expect(missingText(pending, ['लंबित प्रकरण', 'CWC/PAT/301/2026'])).toEqual([]);

    // Both cases disposed of on 16-11-2026: the Board's by admonition (s.18(1)(a)), the Committee's by declaring the girl legally free for adoption.
    const dispose = async (id: string, order: { kind: 'finalOrder' | 'cwcOrder'; values: Record<string, unknown> }) => {
      const pendingHearing = (await t.call('cases.get', { id })).hearings.find((h) => h.status === 'scheduled')!;
      await t.call('hearings.relist', { hearingId: pendingHearing.id, listing: { date: '2026-11-16', bench: '1', purpose: 'finalOrder' } });
      await t.call('cases.addEntry', { caseId: id, kind: order.kind, values: { date: '2026-11-16', ...order.values } });
    };
    await dispose(board.id, { kind: 'finalOrder', values: { orderSection: 's18_1', clause: 'a', details: 'माँ की उपस्थिति में समझाइश दी गई' } });
    await dispose(committee.id, { kind: 'cwcOrder', values: { orderClause: 'h' } });
    // A year of the Board's: eleven kinds of order across, twelve months down, totals and the signature on one landscape page.
    const boardYear = await t.call('print.form', { form: 'disposals', authority: 'jjb', range: { from: '2025-12', to: '2026-11' } });
    expect(boardYear.fileName).toBe('disposals-jjb-2025-12-to-2026-11.pdf');
    const boardFile = keepPrint('disposals', boardYear.pdfBase64);
    expect(pdfPageSize(boardFile)).toBe('841.92 x 594.96 pts (A4)');
    expect(pdfPageCount(boardFile)).toBe(1);
    expect(missingText(boardFile, ['निस्तारण', 'Disposals', 'किशोर न्याय बोर्ड', '2025-12 से 2026-11 तक', 'धारा 18(1)(क): सलाह या चेतावनी', 's.18(1)(a): advice or admonition', 'धारा 14(4): समाप्त (छोटा अपराध)', 'केवल संख्याएँ', 'पृष्ठ / Page 1 / 1'])).toEqual([]);
    expect(pdfFontNames(boardFile).filter((f) => !PRINT_FONTS.test(f))).toEqual([]);
    // October's row, November's and the totals: the one disposal under s.18(1)(a), the second column, and in the totals.
    const rows = pdfLayoutText(boardFile).split('\n').filter((l) => /^\s*(2026-10|2026-11|.*Total)\s+\d/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/).slice(-12).join(' '))).toEqual(['0 0 0 0 0 0 0 0 0 0 0 0', '0 1 0 0 0 0 0 0 0 0 0 1', '0 1 0 0 0 0 0 0 0 0 0 1']);
    // Two years of the Committee's, the longest span: the column heads again on page 2, where the totals are.
    const committeeFile = keepPrint('disposals-cwc', (await t.call('print.form', { form: 'disposals', authority: 'cwc', range: { from: '2024-12', to: '2026-11' } })).pdfBase64, [1, 2]);
    expect(pdfPageCount(committeeFile)).toBe(2);
    expect(missingText(committeeFile, ['बाल कल्याण समिति', 'धारा 37(1)(ज): दत्तक ग्रहण हेतु मुक्त', 's.37(1)(h): legally free for adoption', '2024-12', '2025-11', '2026-11', 'पृष्ठ / Page 2 / 2'])).toEqual([]);
    for (const f of [file, pending, boardFile, committeeFile]) for (const name of ['राहुल', 'यादव', 'सुनीता', 'कुमारी', 'रामेश्वर', 'सुरेश']) expect(pdfText(f).replace(/\s+/g, ''), `${name} in ${f}`).not.toContain(name);
  });

  it('refuses a CCL case’s forms to a role that may not see the child, a form of the other authority, and months backwards or over two years', async () => {
    const { t, board, committee } = await casesBackend();
    expect((await t.fail('print.form', { form: 'form22', case: { id: board.id } })).message).toMatch(/Form 22 is a form of the Committee; case JJB\/PAT\/88\/2026 is before the Board/);
    expect((await t.fail('print.form', { form: 'form1', case: { caseNo: 'NONE/1', authority: null } })).code).toBe('not_found');
    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.login('ravi', 'ravi password 1');
    expect((await t.fail('print.form', { form: 'form6', case: { id: board.id } })).code).toBe('forbidden');
    expect((await t.call('print.form', { form: 'form22', case: { id: committee.id } })).fileName).toBe('form22-CWC-PAT-301-2026.pdf');
    expect((await t.call('print.form', { form: 'cause-list', date: '2026-10-26', authority: 'jjb', bench: null })).fileName).toBe('cause-list-jjb-2026-10-26.pdf');
    // A span of months backwards, or longer than two years, is refused with the reason.
    expect((await t.fail('print.form', { form: 'disposals', authority: 'jjb', range: { from: '2026-11', to: '2026-06' } })).message).toBe('Please check range.to: before the start month.');
    expect((await t.fail('print.form', { form: 'disposals', authority: 'jjb', range: { from: '2024-10', to: '2026-11' } })).message).toBe('Please check range.to: at most 24 months.');
    expect((await t.call('print.form', { form: 'disposals', authority: null, range: { from: '2026-11', to: '2026-11' } })).fileName).toBe('disposals-jjb-2026-11-to-2026-11.pdf');
  });
});

