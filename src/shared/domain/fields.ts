/**
 * The small zod building blocks every form's schema is made of, so that "nothing entered",
 * dates and length limits read and fail the same way in the admission form, movements and
 * the case file. Messages are short English that the renderer translates (i18n/messages.ts).
 */
import { z } from 'zod';

/** Trimmed text; empty becomes null, so "nothing entered" is one value everywhere. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max, { error: `at most ${max} characters` })
    .transform((s) => s.normalize('NFC').trim())
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);

export const requiredText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: 'required' }).max(max, { error: `at most ${max} characters` }));

export const isoDate = z.iso.date({ error: 'a date as dd-mm-yyyy' });
export const isoDateTime = z.iso.datetime({ offset: true, error: 'a date and time' });
/** An instant stored as UTC (…Z), so that stored instants order and compare as text. */
export const utcInstant = isoDateTime.transform((s) => new Date(s).toISOString());

export const textList = (maxItems: number, maxEach: number) =>
  z
    .array(z.string().max(maxEach, { error: `at most ${maxEach} characters each` }))
    .max(maxItems, { error: `at most ${maxItems}` })
    .transform((xs) => [...new Set(xs.map((x) => x.normalize('NFC').trim()).filter(Boolean))])
    .default([]);

/** A span of calendar days, both ends included (registers and reports "from … to …"). */
export const dateRangeSchema = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((r) => r.from <= r.to, { path: ['to'], error: 'before the start date' });
export type DateRange = z.output<typeof dateRangeSchema>;
