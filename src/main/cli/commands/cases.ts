/** `homeward cases import|export`: the Board's and Committee's case registers as files (docs/formats/cases-csv.md). */
import { AppError } from '../../../shared/api/errors';
import { AUTHORITIES, type Authority } from '../../../shared/domain/jj-case';
import { writeFileAtomic } from '../../fs/atomic-write';
import { call, withSession } from '../backend-session';
import type { CommonOptions } from '../credentials';
import { importTable } from './children';

export const importCases = (file: string, opts: CommonOptions) => importTable(file, opts, 'cases.import', 'cases');

export async function exportCases(file: string, opts: CommonOptions & { authority?: string }): Promise<void> {
  if (opts.authority !== undefined && !AUTHORITIES.includes(opts.authority as Authority)) throw new AppError('invalid_input', `--authority must be ${AUTHORITIES.join(' or ')}.`);
  await withSession(opts, async (backend, session) => {
    const { csv } = await call(backend, 'cases.csv', { report: 'cases', authority: (opts.authority as Authority | undefined) ?? null }, session);
    writeFileAtomic(file, csv);
    process.stdout.write(`Exported the cases to ${file}.\n`);
  });
}
