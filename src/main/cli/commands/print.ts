/** `homeward print FORM …`: a statutory form or register as a PDF file, for batch work and scripts. */
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { PRINTABLES, type PrintRequestDraft, type Printable } from '../../../shared/domain/printing';
import { writeFileAtomic } from '../../fs/atomic-write';
import { writableFolder } from '../../fs/writable-folder';
import { call, withSession } from '../backend-session';
import type { CommonOptions } from '../credentials';

export interface PrintOptions extends CommonOptions {
  child?: string;
  from?: string;
  to?: string;
  out: string;
}

/** The request for `form`, checking that the options it needs are given (and no others). */
export function printRequest(form: string, opts: Omit<PrintOptions, 'out'>): PrintRequestDraft {
  if (!(PRINTABLES as readonly string[]).includes(form)) throw new AppError('invalid_input', `There is no form "${form}" to print; choose one of ${PRINTABLES.join(', ')}.`);
  if (!opts.child) throw new AppError('invalid_input', `homeward print ${form} needs --child ADMISSION_NO.`);
  if (opts.from !== undefined || opts.to !== undefined) throw new AppError('invalid_input', `--from and --to are for registers and reports, not ${form}.`);
  return { form: form as Printable, child: { admissionNo: opts.child } };
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
