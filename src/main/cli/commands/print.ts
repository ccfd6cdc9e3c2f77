/** `homeward print FORM …`: a statutory form or register as a PDF file, for batch work and scripts. */
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { PLAN_PARTS, type PlanPart } from '../../../shared/domain/care-plan';
import { PRINTABLES, type PrintRequestDraft, type Printable } from '../../../shared/domain/printing';
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
  out: string;
}

function dateOption(name: string, text: string): string {
  const iso = parseDate(text);
  if (!iso) throw new AppError('invalid_input', `--${name} takes a date as dd-mm-yyyy, not "${text}".`);
  return iso;
}

/** The request for `form`, checking that the options it needs are given (and no others). */
export function printRequest(form: string, opts: Omit<PrintOptions, 'out'>): PrintRequestDraft {
  if (!(PRINTABLES as readonly string[]).includes(form)) throw new AppError('invalid_input', `There is no form "${form}" to print; choose one of ${PRINTABLES.join(', ')}.`);
  if (!opts.child) throw new AppError('invalid_input', `homeward print ${form} needs --child ADMISSION_NO.`);
  if (opts.from !== undefined || opts.to !== undefined) throw new AppError('invalid_input', `--from and --to are for registers and reports, not ${form}.`);
  const child = { admissionNo: opts.child };
  if (form === 'form7') {
    const part = opts.part?.toUpperCase();
    if (part !== undefined && !(PLAN_PARTS as readonly string[]).includes(part)) throw new AppError('invalid_input', `--part takes A, B, C or D, not "${opts.part}".`);
    return { form, child, part: (part as PlanPart | undefined) ?? null, asOf: opts.asOf === undefined ? null : dateOption('as-of', opts.asOf) };
  }
  if (opts.part !== undefined || opts.asOf !== undefined) throw new AppError('invalid_input', `--part and --as-of are for the care plan (form7), not ${form}.`);
  return { form: form as Exclude<Printable, 'form7'>, child };
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
