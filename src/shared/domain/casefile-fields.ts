/**
 * The case file's forms are described as data: each field has a key, a kind and its limits.
 * One description gives the zod schema (backend and renderer validate with the same one), the
 * form the renderer draws, the completeness count and the labels the printed forms use.
 *
 * Dates are checked against the child: nothing happens before the child was born, nothing
 * that has happened is in the future, and what happens in the institution is not before the
 * child was admitted. Messages are short English; the renderer translates them.
 */
import { z } from 'zod';
import { isoDate, optionalText } from './child';
import { aadhaarInput } from './aadhaar';

export const TEXT_MAX = { text: 200, longText: 4000 } as const;

/** When a date may fall, relative to the child. */
export type DateRule =
  /** happened: not before birth, not after today */
  | 'past'
  /** happened in the institution: not before admission, not after today */
  | 'sinceAdmission'
  /** planned: not before admission, may be in the future */
  | 'planned';

export type FieldSpec =
  | { key: string; kind: 'text' | 'longText'; required?: boolean }
  | { key: string; kind: 'number'; min: number; max: number; integer?: boolean; required?: boolean }
  | { key: string; kind: 'date'; rule: DateRule; required?: boolean; /** not before this other date field of the same form */ notBefore?: string }
  | { key: string; kind: 'choice'; options: readonly string[]; required?: boolean }
  | { key: string; kind: 'multi'; options: readonly string[] }
  | { key: string; kind: 'check' }
  | { key: string; kind: 'aadhaar' };

type BaseValue<F> = F extends { kind: 'number' }
  ? number | null
  : F extends { kind: 'multi'; options: readonly (infer O)[] }
    ? O[]
    : F extends { kind: 'check' }
      ? boolean
      : F extends { kind: 'choice'; options: readonly (infer O)[] }
        ? O | null
        : string | null;
type Value<F> = F extends { required: true } ? NonNullable<BaseValue<F>> : BaseValue<F>;

/** The stored value of a form described by a list of field specs. */
export type ValuesOf<Specs extends readonly FieldSpec[]> = { [F in Specs[number] as F['key']]: Value<F> };

/** What the dates of a child's case file are checked against (ISO dates). */
export interface ChildDates {
  dob: string | null;
  admittedOn: string;
  today: string;
}

export const DATE_MESSAGES = {
  future: 'in the future',
  beforeBirth: 'before the date of birth',
  beforeAdmission: 'before the date of admission',
  beforeOther: 'before the earlier date',
} as const;

/** The message for a date that breaks its rule, or null. */
export function dateProblem(date: string, rule: DateRule, child: ChildDates): string | null {
  if (rule !== 'planned' && date > child.today) return DATE_MESSAGES.future;
  if (child.dob !== null && date < child.dob) return DATE_MESSAGES.beforeBirth;
  if (rule !== 'past' && date < child.admittedOn) return DATE_MESSAGES.beforeAdmission;
  return null;
}

function fieldSchema(f: FieldSpec): z.ZodType {
  switch (f.kind) {
    case 'text':
    case 'longText': {
      const max = TEXT_MAX[f.kind];
      return f.required ? optionalText(max).refine((v) => v !== null, { error: 'required' }) : optionalText(max);
    }
    case 'number': {
      let n = z.number({ error: 'a number' }).min(f.min, { error: `at least ${f.min}` }).max(f.max, { error: `at most ${f.max}` });
      if (f.integer) n = n.int({ error: 'a whole number' });
      return f.required ? n : n.nullable().default(null);
    }
    case 'date':
      return f.required ? isoDate : isoDate.nullable().default(null);
    case 'choice': {
      const e = z.enum(f.options as [string, ...string[]], { error: 'choose one' });
      return f.required ? e : e.nullable().default(null);
    }
    case 'multi':
      return z
        .array(z.enum(f.options as [string, ...string[]], { error: 'choose from the list' }))
        .max(f.options.length)
        .transform((xs) => f.options.filter((o) => xs.includes(o)))
        .default([]);
    case 'check':
      return z.boolean().default(false);
    case 'aadhaar':
      return aadhaarInput;
  }
}

/** The shape of each form, built once: a zod object of many fields is costly to build on every save. */
const shapes = new WeakMap<readonly FieldSpec[], z.ZodObject>();

function shapeOf(specs: readonly FieldSpec[]): z.ZodObject {
  let shape = shapes.get(specs);
  if (!shape) shapes.set(specs, (shape = z.object(Object.fromEntries(specs.map((f) => [f.key, fieldSchema(f)]))).strict()));
  return shape;
}

/**
 * The schema of a form: every field of the spec list, nothing else, with the date rules
 * checked against the child. Without `child` only the shape is checked (for reading back).
 */
export function formSchema<Specs extends readonly FieldSpec[]>(specs: Specs, child?: ChildDates): z.ZodType<ValuesOf<Specs>, Record<string, unknown>> {
  const shape = shapeOf(specs);
  if (!child) return shape as unknown as z.ZodType<ValuesOf<Specs>, Record<string, unknown>>;
  return shape.superRefine((v: Record<string, unknown>, ctx) => {
    for (const f of specs) {
      if (f.kind !== 'date') continue;
      const d = v[f.key];
      if (typeof d !== 'string') continue;
      const problem = dateProblem(d, f.rule, child);
      if (problem) ctx.addIssue({ code: 'custom', path: [f.key], message: problem });
      const other = f.notBefore === undefined ? null : v[f.notBefore];
      if (!problem && typeof other === 'string' && d < other) ctx.addIssue({ code: 'custom', path: [f.key], message: DATE_MESSAGES.beforeOther });
    }
  }) as unknown as z.ZodType<ValuesOf<Specs>, Record<string, unknown>>;
}

/** A form with nothing entered. */
export function emptyValues<Specs extends readonly FieldSpec[]>(specs: Specs): ValuesOf<Specs> {
  return Object.fromEntries(specs.map((f) => [f.key, f.kind === 'multi' ? [] : f.kind === 'check' ? false : null])) as ValuesOf<Specs>;
}

/** A field counts as filled when something was entered (a tick box counts only when ticked). */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

export interface Completeness {
  filled: number;
  total: number;
}

export function completenessOf(specs: readonly FieldSpec[], values: Record<string, unknown> | null): Completeness {
  return { filled: values ? specs.filter((f) => isFilled(values[f.key])).length : 0, total: specs.length };
}

export const completenessSchema = z.object({ filled: z.number(), total: z.number() });

export function percent(c: Completeness): number {
  return c.total === 0 ? 100 : Math.round((100 * c.filled) / c.total);
}
