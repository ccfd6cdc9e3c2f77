/**
 * Hearings of a case and the Board's or Committee's sitting days. A hearing is listed for a
 * date, a bench and a purpose (the step of the inquiry it is for — the steps of the case
 * monitoring sheets, Form 11 for the Board and Form 26 for the Committee). When it has taken
 * place it is recorded as held or adjourned (with the reason), and always with the next date:
 * a hearing ends with a next date or with the final order that disposes of the case.
 */
import { z } from 'zod';
import { isoDate, optionalText, requiredText } from './fields';
import type { Authority } from './jj-case';

/** The steps of Form 11 (Board), in its order, as purposes a hearing can be listed for. */
export const JJB_PURPOSES = [
  'production',
  'sbrBail',
  'ageDetermination',
  'sir',
  'finalReport',
  'furtherInvestigation',
  'notice',
  'prosecutionEvidence',
  'childStatement',
  'defenceEvidence',
  'finalArguments',
  'preliminaryAssessment',
  'bailModification',
  'finalOrder',
  'postDispositionalReview',
  'other',
] as const;

/** The steps of Form 26 (Committee), in its order. */
export const CWC_PURPOSES = ['production', 'ageDetermination', 'sir', 'furtherInvestigation', 'childStatement', 'icp', 'interimOrder', 'lfa', 'finalOrder', 'postDispositionalReview', 'other'] as const;

export const PURPOSES = { jjb: JJB_PURPOSES, cwc: CWC_PURPOSES } as const satisfies Record<Authority, readonly string[]>;
export type Purpose = (typeof JJB_PURPOSES)[number] | (typeof CWC_PURPOSES)[number];
export const ALL_PURPOSES = [...new Set<string>([...JJB_PURPOSES, ...CWC_PURPOSES])] as Purpose[];

export const isPurposeOf = (authority: Authority, purpose: string): purpose is Purpose => (PURPOSES[authority] as readonly string[]).includes(purpose);

/** scheduled: listed, not yet recorded; disposed: the final order was passed that day; cancelled: listed after the final order. */
export const HEARING_STATUSES = ['scheduled', 'held', 'adjourned', 'disposed', 'cancelled'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];

export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/** Which days of the week each authority sits and which benches it has (Settings › Sittings). */
export const sittingSchema = z
  .object({
    days: z
      .array(z.number().int().min(0).max(6))
      .min(1, { error: 'choose at least one day' })
      .transform((d) => [...new Set(d)].sort()),
    benches: z
      .array(z.string().trim().min(1, { error: 'required' }).max(60))
      .min(1, { error: 'at least one bench' })
      .max(10, { error: 'at most 10' })
      .refine((b) => new Set(b).size === b.length, { error: 'each bench once' }),
  })
  .strict();
export const sittingsSchema = z.object({ jjb: sittingSchema, cwc: sittingSchema }).strict();
export type Sittings = z.output<typeof sittingsSchema>;

/** Monday to Saturday, one bench: what an office starts with until it sets its own. */
export const DEFAULT_SITTINGS: Sittings = { jjb: { days: [1, 2, 3, 4, 5, 6], benches: ['1'] }, cwc: { days: [1, 2, 3, 4, 5, 6], benches: ['1'] } };

/** The day of the week of an ISO date (0 = Sunday). */
export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

export const nextListingSchema = z.object({ date: isoDate, bench: requiredText(60), purpose: z.string().min(1, { error: 'choose one' }).max(40) }).strict();
export type NextListing = z.output<typeof nextListingSchema>;

export const hearingOutcomeSchema = z
  .object({
    hearingId: z.string(),
    outcome: z.enum(['held', 'adjourned'], { error: 'choose one' }),
    /** Why it was adjourned; required then (adjournments with reasons). */
    reason: optionalText(1000),
    /** What was done (evidence recorded, report received…). */
    proceedings: optionalText(2000),
    next: nextListingSchema,
  })
  .strict()
  .superRefine((h, ctx) => {
    if (h.outcome === 'adjourned' && h.reason === null) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'give the reason for the adjournment' });
  });
export type HearingOutcome = z.output<typeof hearingOutcomeSchema>;

export const hearingSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  date: z.string(),
  bench: z.string(),
  purpose: z.string(),
  status: z.enum(HEARING_STATUSES),
  reason: z.string().nullable(),
  proceedings: z.string().nullable(),
  recordedBy: z.string(),
  updatedAt: z.string(),
});
export type Hearing = z.infer<typeof hearingSchema>;
