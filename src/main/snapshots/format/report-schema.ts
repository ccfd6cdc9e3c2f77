/**
 * A missing-child report as the registry holds it and a snapshot carries it: the police
 * report's fields and nothing else. The schema is strict, so a record of another shape — a
 * child in care, with an admission number and a category — can never pass as a report, at
 * the registry's import, in the snapshot writer, or at the office. Field table:
 * docs/formats/reports-csv.md; the engine's shape is MissingReport (matching/records.ts).
 */
import { z } from 'zod';
import { isoDate, LIMITS, SEXES } from '../../../shared/domain/child';
import { optionalText, textList } from '../../../shared/domain/fields';

/** Report ids are the police's own (often FIR-like): printable, no spaces at the ends, no line breaks. */
export const reportIdSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(1, { error: 'required' }).max(80, { error: 'at most 80 characters' }).regex(/^[^\p{Cc}]+$/u, { error: 'no control characters' }));

export const missingReportSchema = z
  .object({
    report_id: reportIdSchema,
    name: z
      .string()
      .transform((s) => s.normalize('NFC').trim())
      .pipe(z.string().min(1, { error: 'required' }).max(LIMITS.name, { error: `at most ${LIMITS.name} characters` })),
    aliases: textList(LIMITS.aliases, LIMITS.alias),
    sex: z.enum(SEXES, { error: 'choose one' }),
    dob: isoDate.nullable().default(null),
    age_years: z.number({ error: 'a number of years' }).int({ error: 'whole years' }).min(0, { error: 'at least 0' }).max(25, { error: 'at most 25' }).nullable().default(null),
    date_missing: isoDate,
    father_name: optionalText(LIMITS.name),
    mother_name: optionalText(LIMITS.name),
    village: optionalText(LIMITS.shortText),
    police_station: optionalText(LIMITS.shortText),
    district: optionalText(LIMITS.shortText),
    state: optionalText(LIMITS.shortText),
    fir_no: optionalText(100),
    height_cm: z.number({ error: 'a number' }).min(30, { error: 'at least 30' }).max(250, { error: 'at most 250' }).nullable().default(null),
    complexion: optionalText(60),
    identification_marks: optionalText(LIMITS.longText),
    languages: textList(LIMITS.languages, 60),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.dob === null && r.age_years === null) ctx.addIssue({ code: 'custom', path: ['dob'], message: 'date of birth or age is required' });
    if (r.dob !== null && r.dob > r.date_missing) ctx.addIssue({ code: 'custom', path: ['dob'], message: 'born after the date missing' });
  });

export type Report = z.output<typeof missingReportSchema>;
