/**
 * A case's particulars as typed (text for everything; the sections as one line, "BNS 303(2);
 * BNS 317"; each instant as a date and a time) and as the shared schema checks them. Text
 * that cannot be read is passed on as it is, so the schema refuses it with its own message
 * beside the field.
 */
import { z } from 'zod';
import { caseParticularsSchema, caseParticularsShape, type Authority } from '../../shared/domain/jj-case';
import { formatSections, sectionsTextSchema, type Section } from '../../shared/domain/statutes';
import { formatDate, formatDateTimeIst, parseDate, parseDateTimeIst } from '../../shared/util/dates';

const TEXT_KEYS = ['caseNo', 'firNo', 'ddNo', 'gdNo', 'policeStation', 'investigatingOfficer', 'welfareOfficer', 'probationOfficer', 'legalAid', 'notes'] as const;
const DATE_KEYS = ['firDate', 'ddDate', 'gdDate', 'offenceDate'] as const;

export type ParticularsDraft = Record<(typeof TEXT_KEYS)[number] | (typeof DATE_KEYS)[number] | 'sections' | 'offenceClass' | 'adoptionGround' | 'journeyHours', string> & Record<'apprehendedAt' | 'firstProducedAt', { date: string; time: string }>;

export function particularsToDraft(p: Record<string, unknown> | null): ParticularsDraft {
  const text = (k: string) => (typeof p?.[k] === 'string' ? (p[k] as string) : '');
  const instant = (k: string) => {
    const shown = typeof p?.[k] === 'string' ? formatDateTimeIst(p[k] as string) : '';
    return { date: shown.slice(0, 10), time: shown.slice(11) };
  };
  return {
    ...(Object.fromEntries(TEXT_KEYS.map((k) => [k, text(k)])) as Record<(typeof TEXT_KEYS)[number], string>),
    ...(Object.fromEntries(DATE_KEYS.map((k) => [k, formatDate(text(k))])) as Record<(typeof DATE_KEYS)[number], string>),
    sections: Array.isArray(p?.['sections']) ? formatSections(p['sections'] as Section[]) : '',
    offenceClass: text('offenceClass'),
    adoptionGround: text('adoptionGround'),
    journeyHours: typeof p?.['journeyHours'] === 'number' ? String(p['journeyHours']) : '',
    apprehendedAt: instant('apprehendedAt'),
    firstProducedAt: instant('firstProducedAt'),
  };
}

/** A typed date and time as a UTC instant, or what was typed (for the schema to refuse), or null for nothing. */
function instantOf(v: { date: string; time: string }): string | null {
  if (v.date.trim() === '' && v.time.trim() === '') return null;
  return (v.time.trim() !== '' && parseDateTimeIst(`${v.date.trim()} ${v.time.trim()}`)) || `${v.date} ${v.time}`.trim();
}

export function draftToParticulars(d: ParticularsDraft): Record<string, unknown> {
  const hours = d.journeyHours.trim().replace(',', '.');
  return {
    ...Object.fromEntries(TEXT_KEYS.map((k) => [k, d[k]])),
    ...Object.fromEntries(DATE_KEYS.map((k) => [k, d[k].trim() === '' ? null : (parseDate(d[k]) ?? d[k].trim())])),
    sections: d.sections,
    offenceClass: d.offenceClass === '' ? null : d.offenceClass,
    adoptionGround: d.adoptionGround === '' ? null : d.adoptionGround,
    journeyHours: hours === '' ? null : Number(hours),
    apprehendedAt: instantOf(d.apprehendedAt),
    firstProducedAt: instantOf(d.firstProducedAt),
  };
}

/** The particulars' schema as the form checks it: the sections arrive as one line of text. */
export const particularsFormSchema = (authority: Authority, now: Date) => caseParticularsSchema(authority, now, caseParticularsShape.extend({ sections: sectionsTextSchema }));

/** Registering: the child, the authority, the particulars and the next listing, checked together. */
export const registerFormSchema = (authority: Authority, now: Date, nextListing: z.ZodType) => z.object({ particulars: particularsFormSchema(authority, now), next: nextListing.nullable() });
