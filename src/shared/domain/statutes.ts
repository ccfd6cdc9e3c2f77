/**
 * Sections of law as a case records them: each number with the statute it belongs to. On
 * 1 July 2024 the Bharatiya Nyaya Sanhita (BNS) replaced the Indian Penal Code (IPC) and the
 * Bharatiya Nagarik Suraksha Sanhita (BNSS) replaced the Code of Criminal Procedure (CrPC).
 * Offences before that day stay under the IPC and proceedings begun before it under the CrPC
 * (BNSS s.531), so both are kept, and a section of the wrong code for its date is refused.
 *
 * Written as text the way clerks write them: "BNS 303(2); BNS 317", "IPC 379", "Railways Act 137".
 */
import { z } from 'zod';
import { formatDate } from '../util/dates';

/** The day the new codes came into force. */
export const NEW_CODES_FROM = '2024-07-01';

/** Codes Homeward knows by their short name; any other law is written by its name ending in "Act". */
export const KNOWN_STATUTES = ['IPC', 'BNS', 'CrPC', 'BNSS', 'POCSO', 'NDPS', 'Arms Act', 'IT Act', 'JJ Act'] as const;

/** Which code a statute replaced or was replaced by, and what the date of the change is checked against. */
const REPLACED: Record<string, { by: string; against: 'offence' | 'proceedings' }> = {
  IPC: { by: 'BNS', against: 'offence' },
  CrPC: { by: 'BNSS', against: 'proceedings' },
};
const REPLACING: Record<string, { of: string; against: 'offence' | 'proceedings' }> = {
  BNS: { of: 'IPC', against: 'offence' },
  BNSS: { of: 'CrPC', against: 'proceedings' },
};

export const SECTION_MAX = 30;

const SECTION_NUMBER = /^\d{1,4}[A-Za-z]{0,3}(\([0-9A-Za-z]{1,4}\)){0,3}$/;

export const sectionSchema = z
  .object({
    statute: z.string().trim().min(1, { error: 'required' }).max(80),
    section: z.string().trim().regex(SECTION_NUMBER, { error: 'a section number such as 303(2)' }),
  })
  .strict();
export type Section = z.infer<typeof sectionSchema>;

/** The statute as Homeward spells it ("bns" → "BNS", "arms act" → "Arms Act"), or null if it is not a law's name. */
export function canonicalStatute(text: string): string | null {
  const s = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const known = KNOWN_STATUTES.find((k) => k.toLowerCase() === s.toLowerCase() || k.replace(/ Act$/, '').toLowerCase() === s.toLowerCase());
  if (known) return known;
  return /\bAct(,? \d{4})?$/i.test(s) || s.endsWith('अधिनियम') ? s : null;
}

/** "BNS 303(2); IPC 34" → sections, or the reason the text cannot be read. */
export function parseSections(text: string): { sections: Section[] } | { problem: string } {
  const sections: Section[] = [];
  for (const part of text.split(/[;\n]/)) {
    const item = part.trim();
    if (item === '') continue;
    const m = /^(.*\S)\s+(\S+)$/.exec(item);
    const statute = m ? canonicalStatute(m[1]!) : null;
    if (!m || !statute) return { problem: `"${item}" does not start with a law: write e.g. "BNS 303(2)", "IPC 379" or "Railways Act 137"` };
    if (!SECTION_NUMBER.test(m[2]!)) return { problem: `"${m[2]}" in "${item}" is not a section number such as 303(2)` };
    sections.push({ statute, section: m[2]! });
  }
  if (sections.length > SECTION_MAX) return { problem: `at most ${SECTION_MAX} sections` };
  return { sections };
}

/** Sections typed as one line of text, as the forms take them: read into the list, or refused with the reason. */
export const sectionsTextSchema = z.string().transform((text, ctx) => {
  const parsed = parseSections(text);
  if ('problem' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }
  return parsed.sections;
});

export const formatSections = (sections: readonly Section[]) => sections.map((s) => `${s.statute} ${s.section}`).join('; ');

/**
 * Why a section's code does not fit the case's dates, or null. The IPC and BNS are chosen by the
 * date of the offence; the CrPC and BNSS by when proceedings began (the FIR, else the offence).
 */
export function statuteProblem(section: Section, dates: { offence: string | null; proceedings: string | null }): string | null {
  const old = REPLACED[section.statute];
  if (old) {
    const day = dates[old.against] ?? (old.against === 'proceedings' ? dates.offence : null);
    if (day !== null && day >= NEW_CODES_FROM) return `${section.statute} ${section.section}: the ${old.by} replaced the ${section.statute} on ${formatDate(NEW_CODES_FROM)}; ${old.against === 'offence' ? 'the offence' : 'the proceedings'} began ${formatDate(day)}, so cite the ${old.by} section`;
    return null;
  }
  const neu = REPLACING[section.statute];
  if (neu) {
    const day = dates[neu.against] ?? (neu.against === 'proceedings' ? dates.offence : null);
    if (day !== null && day < NEW_CODES_FROM) return `${section.statute} ${section.section}: the ${section.statute} applies from ${formatDate(NEW_CODES_FROM)}; ${neu.against === 'offence' ? 'the offence' : 'the proceedings'} began ${formatDate(day)}, so cite the ${neu.of} section`;
  }
  return null;
}
