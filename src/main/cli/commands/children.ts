import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { CATEGORIES, type Category } from '../../../shared/domain/child';
import { formatDateTimeIst } from '../../../shared/util/dates';
import { call, withSession } from '../backend-session';
import type { CommonOptions } from '../credentials';
import { awaitJob } from '../run-job';
import { writeFileAtomic } from '../../fs/atomic-write';

export async function listChildren(opts: CommonOptions & { json?: boolean; query?: string; category?: string }): Promise<void> {
  if (opts.category && !CATEGORIES.includes(opts.category as Category)) throw new AppError('invalid_input', `--category must be ${CATEGORIES.join(' or ')}.`);
  await withSession(opts, async (backend, session) => {
    const { rows } = await call(backend, 'children.list', { query: opts.query ?? '', category: (opts.category as Category | undefined) ?? null }, session);
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    for (const r of rows) {
      const name = r.name ?? '(name withheld, s.74)';
      process.stdout.write(`${r.admissionNo}\t${name}\t${r.sex}\t${r.age ?? '?'}${r.ageEstimated ? '~' : ''}\t${r.category}\t${r.status}\t${formatDateTimeIst(r.admittedAt).slice(0, 10)}\n`);
    }
    process.stderr.write(`${rows.length} children\n`);
  });
}

/**
 * Imports a register-style file through a job (children.import, cases.import): all rows or
 * none; the problems of a refused file are printed first, one `FILE:LINE: column: reason` each.
 */
export async function importTable(file: string, opts: CommonOptions, method: 'children.import' | 'cases.import', noun: string): Promise<void> {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    throw new AppError('not_found', `Cannot read ${file}.`);
  }
  await withSession(opts, async (backend, session) => {
    try {
      const result = (await awaitJob(backend, session, 'Importing', () => call(backend, method, { fileName: basename(file), dataBase64: data.toString('base64') }, session))) as { imported: number };
      process.stdout.write(`Imported ${result.imported} ${noun} from ${file}.\n`);
    } catch (e) {
      const rows = (e as AppError).details?.['rows'] as { line: number; column: string; message: string }[] | undefined;
      for (const r of rows ?? []) process.stderr.write(`${file}:${r.line}: ${r.column}: ${r.message}\n`);
      throw e;
    }
  });
}

export const importChildren = (file: string, opts: CommonOptions) => importTable(file, opts, 'children.import', 'children');

export async function exportChildren(file: string, opts: CommonOptions): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const result = await call(backend, 'children.export', {}, session);
    writeFileAtomic(file, result.csv);
    process.stdout.write(`Exported ${result.exported} children to ${file}.${result.withheldCcl ? ` ${result.withheldCcl} children in conflict with law were left out: your role may not see them.` : ''}\n`);
  });
}
