/**
 * JJ Act s.74: no child's name may reach a cause list, a pendency or a disposals report — the
 * outputs made for outside the institution. Children with distinctive names in seven
 * scripts (and aliases, and parents' names) get Board and Committee cases with hearings on one
 * day, some disposed of; every such output — the RPC answers as sent, the CSV files and the
 * printed PDFs (their bytes and their text read back) — is
 * searched byte-wise for every word of every name, in NFC and NFD, and case-insensitively. A
 * control runs the same search over the children register export, which must find them: a
 * search that finds nothing anywhere would prove nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumEngine } from '../../src/main/printing/chromium-engine';
import { childInput, makeBackend } from '../helpers/backend';

const engine = chromiumEngine();
afterAll(() => engine.close());

/** A printed PDF's bytes and its text as poppler reads it back (the names would be in the text, not the bytes, of a subset font). */
function pdfOutput(pdfBase64: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hw-s74-')), 'out.pdf');
  const bytes = Buffer.from(pdfBase64, 'base64');
  writeFileSync(file, bytes);
  return `${bytes.toString('latin1')}\n${execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })}`;
}

const now = new Date('2026-11-20T06:00:00.000Z');

/** Names no other text in Homeward contains, in Latin, Devanagari, Bengali, Tamil, Gurmukhi, Urdu (Nastaliq) and Mizo with ṭ. */
const CHILDREN = [
  { admissionNo: 'NN-1', category: 'CCL', name: 'Zephyrina Quattlebaum', aliases: ['Zephy'], fatherName: 'Bartholomew Quattlebaum' },
  { admissionNo: 'NN-2', category: 'CCL', name: 'ऋत्विका झुनझुनवाला', aliases: ['ऋतु'], fatherName: 'घनश्याम झुनझुनवाला' },
  { admissionNo: 'NN-3', category: 'CCL', name: 'ঋতব্রত চট্টোপাধ্যায়', aliases: [], fatherName: 'শুভঙ্কর চট্টোপাধ্যায়' },
  { admissionNo: 'NN-4', category: 'CNCP', name: 'சுப்ரமணியன் வைத்தியநாதன்', aliases: ['சுப்பு'], fatherName: null },
  { admissionNo: 'NN-5', category: 'CNCP', name: 'ਗੁਰਪ੍ਰੀਤ ਢਿੱਲੋਂ', aliases: [], fatherName: 'ਹਰਜਿੰਦਰ ਢਿੱਲੋਂ' },
  { admissionNo: 'NN-6', category: 'CNCP', name: 'زبیدہ قریشی', aliases: [], fatherName: 'فرخندہ قریشی' },
  { admissionNo: 'NN-7', category: 'CCL', name: 'Lalṭhangliana Ṭochhawng', aliases: ['Mama'], fatherName: 'Vanlalṭhlana Ṭochhawng' },
] as const;

/** Every word of every name, alias and parent's name (a parent's name identifies a child as surely); one letter is an initial, not a name. */
const WORDS = CHILDREN.flatMap((c) => [c.name, ...c.aliases, c.fatherName ?? ''].flatMap((n) => n.split(/\s+/))).filter((w) => [...w].length >= 3);

/** The words found in `output`, compared as bytes: NFC and NFD, and Latin letters in any case. */
function namesIn(output: string): string[] {
  const bytes = Buffer.from(output, 'utf8');
  const lower = Buffer.from(output.toLowerCase(), 'utf8');
  return WORDS.filter((w) => [w.normalize('NFC'), w.normalize('NFD')].some((form) => bytes.includes(Buffer.from(form, 'utf8')) || lower.includes(Buffer.from(form.toLowerCase(), 'utf8'))));
}

describe('s.74: no name on anything made for outside', { timeout: 180_000 }, () => {
  it('finds no child’s name in cause lists, pendency or disposals — and does find them where names belong', async () => {
    const t = await makeBackend({ now: () => now, pdfEngine: engine });
    await t.setup();
    await t.login();
    const HEARING = '2026-11-23'; // a Monday
    for (const [i, c] of CHILDREN.entries()) {
      const child = await t.call('children.admit', childInput({ ...c, aliases: [...c.aliases], dob: '2010-05-05', ageYears: null, ageEstimated: false, admittedAt: `2026-0${i + 1}-1${i}T05:00:00.000Z` }));
      const authority = c.category === 'CCL' ? 'jjb' : 'cwc';
      const produced = `2026-0${i + 1}-1${i}T05:00:00.000Z`;
      const particulars = { caseNo: `${authority.toUpperCase()}/NN/${i + 1}/2026`, offenceClass: authority === 'jjb' ? (['petty', 'serious', 'heinous'] as const)[i % 3] : null, apprehendedAt: `2026-0${i + 1}-1${i}T01:00:00.000Z`, firstProducedAt: produced };
      const { id } = await t.call('cases.register', { childId: child.id, authority, particulars, next: { date: HEARING, bench: '1', purpose: 'sir' } });
      // Two of them were disposed of before that day; the others are on its cause list.
      if (i === 1 || i === 4) {
        const file = await t.call('cases.get', { id });
        await t.call('hearings.relist', { hearingId: file.hearings.at(-1)!.id, listing: { date: '2026-11-16', bench: '1', purpose: 'finalOrder' } });
        await t.call('cases.addEntry', { caseId: id, kind: authority === 'jjb' ? 'finalOrder' : 'cwcOrder', values: authority === 'jjb' ? { date: '2026-11-16', orderSection: 's17' } : { date: '2026-11-16', orderClause: 'b', placedWith: c.fatherName } });
      }
    }

    const outputs: Record<string, string> = {};
    for (const authority of ['jjb', 'cwc'] as const) {
      const list = await t.raw('cases.causeList', { date: HEARING, authority, bench: null });
      outputs[`cause list ${authority}`] = JSON.stringify(list);
      outputs[`cause list ${authority} CSV`] = (await t.call('cases.csv', { report: 'causeList', authority, date: HEARING, bench: null })).csv;
      outputs[`pendency ${authority}`] = JSON.stringify(await t.raw('cases.pendency', { authority }));
      outputs[`pendency ${authority} CSV`] = (await t.call('cases.csv', { report: 'pendency', authority })).csv;
      outputs[`disposals ${authority}`] = JSON.stringify(await t.raw('cases.disposals', { authority, range: { from: '2026-01', to: '2026-12' } }));
      outputs[`disposals ${authority} CSV`] = (await t.call('cases.csv', { report: 'disposals', authority, range: { from: '2026-01', to: '2026-12' } })).csv;
      outputs[`cause list ${authority} PDF`] = pdfOutput((await t.call('print.form', { form: 'cause-list', date: HEARING, authority, bench: null })).pdfBase64);
      outputs[`pendency ${authority} PDF`] = pdfOutput((await t.call('print.form', { form: 'pendency', authority })).pdfBase64);
      outputs[`disposals ${authority} PDF`] = pdfOutput((await t.call('print.form', { form: 'disposals', authority, range: { from: '2026-01', to: '2026-12' } })).pdfBase64);
    }
    // The printed lists hold what the screens' do (so the search above reads real text).
    expect(outputs['cause list jjb PDF']).toContain('JJB/NN/7/2026');
    expect(outputs['disposals cwc PDF']).toContain('2026-01 to 2026-12');
    expect(outputs['disposals cwc PDF']).toContain('Child Welfare Committee');
    // The cases register is the office's own file (to keep, or to move cases to another installation), not one for outside:
    // it names each child by admission number only, though an order's "placed with" may name a parent.
    const casesRegister = (await t.call('cases.csv', { report: 'cases', authority: null })).csv;

    // The outputs hold what they should: every case listed that day, by number and initials.
    const jjbList = await t.call('cases.causeList', { date: HEARING, authority: 'jjb', bench: null });
    expect(jjbList.benches[0]!.rows.map((r) => [r.caseNo, r.initials])).toEqual([
      ['JJB/NN/1/2026', 'Z. Q.'],
      ['JJB/NN/3/2026', 'ঋ. চ.'],
      ['JJB/NN/7/2026', 'L. Ṭ.'],
    ]);
    expect((await t.call('cases.causeList', { date: HEARING, authority: 'cwc', bench: null })).benches[0]!.rows.map((r) => r.initials)).toEqual(['ச. வ.', 'ز. ق.']);
    expect(casesRegister).toContain('NN-2');
    expect(outputs['disposals jjb CSV']).toMatch(/2026-11,1,/);

    for (const [what, output] of Object.entries(outputs)) expect(namesIn(output), what).toEqual([]);
    // It has no name column: no child's full name is in it (a surname may be, in a parent's name an order places the child with).
    for (const c of CHILDREN) expect(casesRegister, 'cases register CSV').not.toContain(c.name);

    // The control: the children register export carries the names, and the search finds every one.
    const register = (await t.call('children.export', {})).csv;
    expect(namesIn(register).sort()).toEqual([...WORDS].sort());
  });
});
