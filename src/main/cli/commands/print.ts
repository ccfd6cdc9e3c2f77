/** `homeward print FORM …`: a statutory form or register as a PDF file, for batch work and scripts. */
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { PLAN_PARTS, type PlanPart } from '../../../shared/domain/care-plan';
import { CASE_FORMS, PRINTABLES, type CaseForm, type PrintRequestDraft, type Printable } from '../../../shared/domain/printing';
import { AUTHORITIES, type Authority } from '../../../shared/domain/jj-case';
import { MAX_REPORT_MONTHS, monthSchema, monthsSpanned } from '../../../shared/domain/reports';
import { parseDate } from '../../../shared/util/dates';
import { writeFileAtomic } from '../../fs/atomic-write';
import { writableFolder } from '../../fs/writable-folder';
import { call, withSession } from '../backend-session';
import type { CommonOptions } from '../credentials';

export interface PrintOptions extends CommonOptions {
  child?: string;
  from?: string;
  to?: string;
  part?: string;
  asOf?: string;
  quarter?: string;
  month?: string;
  case?: string;
  authority?: string;
  date?: string;
  bench?: string;
  out: string;
}

type Selector = 'child' | 'from' | 'to' | 'part' | 'asOf' | 'quarter' | 'month' | 'case' | 'authority' | 'date' | 'bench';
const FLAG: Record<Selector, string> = {
  child: '--child',
  from: '--from',
  to: '--to',
  part: '--part',
  asOf: '--as-of',
  quarter: '--quarter',
  month: '--month',
  case: '--case',
  authority: '--authority',
  date: '--date',
  bench: '--bench',
};
interface Takes {
  required: Selector[];
  optional: Selector[];
  /** How this form writes an option that others write otherwise (the disposals report's --from is a month). */
  example?: Partial<Record<Selector, string>>;
}
const CASE_FORM: Takes = { required: ['case'], optional: ['authority'] };
/** Which options each form takes (its required ones first). */
const TAKES: Record<Printable, Takes> = {
  form17: { required: ['child'], optional: [] },
  form43: { required: ['child'], optional: [] },
  form7: { required: ['child'], optional: ['part', 'asOf'] },
  form44: { required: ['child'], optional: [] },
  form45: { required: ['child'], optional: [] },
  register: { required: ['from', 'to'], optional: [] },
  quarterly: { required: ['quarter'], optional: [] },
  monthly: { required: ['month'], optional: [] },
  ...(Object.fromEntries(CASE_FORMS.map((f) => [f, CASE_FORM])) as Record<CaseForm, typeof CASE_FORM>),
  'cause-list': { required: ['date'], optional: ['authority', 'bench'] },
  pendency: { required: [], optional: ['authority'] },
  disposals: { required: ['from', 'to'], optional: ['authority'], example: { from: 'yyyy-mm', to: 'yyyy-mm' } },
};
const EXAMPLE: Record<Selector, string> = {
  child: 'ADMISSION_NO',
  from: 'dd-mm-yyyy',
  to: 'dd-mm-yyyy',
  part: 'A|B|C|D',
  asOf: 'dd-mm-yyyy',
  quarter: 'yyyy-Qn',
  month: 'yyyy-mm',
  case: 'CASE_NO',
  authority: 'jjb|cwc',
  date: 'dd-mm-yyyy',
  bench: 'BENCH',
};

function authorityOption(text: string | undefined): Authority | null {
  if (text === undefined) return null;
  const a = text.toLowerCase();
  if (!(AUTHORITIES as readonly string[]).includes(a)) throw new AppError('invalid_input', `--authority takes jjb or cwc, not "${text}".`);
  return a as Authority;
}

/** A month as --month takes it: yyyy-mm. */
function monthOption(name: Selector, text: string): string {
  if (!monthSchema.safeParse(text).success) throw new AppError('invalid_input', `${FLAG[name]} takes a month as yyyy-mm (2026-11), not "${text}".`);
  return text;
}

function dateOption(name: Selector, text: string): string {
  const iso = parseDate(text);
  if (!iso) throw new AppError('invalid_input', `${FLAG[name]} takes a date as dd-mm-yyyy, not "${text}".`);
  return iso;
}

/** The request for `form`, checking that the options it needs are given, and no others. */
export function printRequest(form: string, opts: Omit<PrintOptions, 'out'>): PrintRequestDraft {
  if (!(PRINTABLES as readonly string[]).includes(form)) throw new AppError('invalid_input', `There is no form "${form}" to print; choose one of ${PRINTABLES.join(', ')}.`);
  const what = form as Printable;
  const { required, optional, example = {} } = TAKES[what];
  const missing = required.find((k) => opts[k] === undefined);
  if (missing) throw new AppError('invalid_input', `homeward print ${what} needs ${required.map((k) => `${FLAG[k]} ${example[k] ?? EXAMPLE[k]}`).join(' ')}.`);
  const extra = (Object.keys(FLAG) as Selector[]).find((k) => opts[k] !== undefined && !required.includes(k) && !optional.includes(k));
  if (extra) throw new AppError('invalid_input', `${FLAG[extra]} is not used by homeward print ${what}.`);

  switch (what) {
    case 'register': {
      const from = dateOption('from', opts.from!);
      const to = dateOption('to', opts.to!);
      if (to < from) throw new AppError('invalid_input', `--to (${opts.to}) is before --from (${opts.from}).`);
      return { form: what, from, to };
    }
    case 'quarterly':
      if (!/^\d{4}-Q[1-4]$/i.test(opts.quarter!)) throw new AppError('invalid_input', `--quarter takes a quarter as yyyy-Qn (2026-Q3), not "${opts.quarter}".`);
      return { form: what, period: opts.quarter!.toUpperCase() };
    case 'monthly':
      return { form: what, month: monthOption('month', opts.month!) };
    case 'form7': {
      const part = opts.part?.toUpperCase();
      if (part !== undefined && !(PLAN_PARTS as readonly string[]).includes(part)) throw new AppError('invalid_input', `--part takes A, B, C or D, not "${opts.part}".`);
      return { form: what, child: { admissionNo: opts.child! }, part: (part as PlanPart | undefined) ?? null, asOf: opts.asOf === undefined ? null : dateOption('asOf', opts.asOf) };
    }
    case 'cause-list':
      return { form: what, date: dateOption('date', opts.date!), authority: authorityOption(opts.authority), bench: opts.bench ?? null };
    case 'pendency':
      return { form: what, authority: authorityOption(opts.authority) };
    case 'disposals': {
      const range = { from: monthOption('from', opts.from!), to: monthOption('to', opts.to!) };
      if (range.to < range.from) throw new AppError('invalid_input', `--to (${range.to}) is before --from (${range.from}).`);
      const months = monthsSpanned(range);
      if (months > MAX_REPORT_MONTHS) throw new AppError('invalid_input', `--from ${range.from} --to ${range.to} spans ${months} months; the disposals report covers at most ${MAX_REPORT_MONTHS}.`);
      return { form: what, authority: authorityOption(opts.authority), range };
    }
    case 'form17':
    case 'form43':
    case 'form44':
    case 'form45':
      return { form: what, child: { admissionNo: opts.child! } };
    default:
      return { form: what, case: { caseNo: opts.case!, authority: authorityOption(opts.authority) } };
  }
}

/** The full path of the PDF to write, in a folder that exists and may be written to. */
export function outputFile(out: string): string {
  const file = resolve(out);
  if (!file.toLowerCase().endsWith('.pdf')) throw new AppError('invalid_input', `--out must name a .pdf file, not "${out}".`);
  writableFolder(dirname(file), 'out');
  return file;
}

export async function print(form: string, opts: PrintOptions): Promise<void> {
  const request = printRequest(form, opts);
  const out = outputFile(opts.out);
  await withSession(opts, async (backend, session) => {
    const printed = await call(backend, 'print.form', request, session);
    writeFileAtomic(out, Buffer.from(printed.pdfBase64, 'base64'));
    process.stdout.write(`${out}\n`);
  });
}
