import { AppError } from '../../../shared/api/errors';
import { INSTITUTION_TYPES, type InstitutionType } from '../../../shared/domain/institution';
import { writeFileAtomic } from '../../fs/atomic-write';
import { call, openBackend, dataDirOf } from '../backend-session';
import { readPasswordFile, type CommonOptions } from '../credentials';

export interface InitOptions extends CommonOptions {
  institutionName: string;
  institutionType: string;
  registrationNo?: string;
  state: string;
  district: string;
  admin: string;
  adminName?: string;
  recoveryKeyOut?: string;
}

export async function init(opts: InitOptions): Promise<void> {
  if (!INSTITUTION_TYPES.includes(opts.institutionType as InstitutionType)) {
    throw new AppError('invalid_input', `--institution-type must be one of: ${INSTITUTION_TYPES.join(', ')}.`);
  }
  if (!opts.passwordFile) throw new AppError('invalid_input', 'Give the administrator’s password with --password-file FILE.');
  const backend = await openBackend(opts);
  try {
    const { recoveryKey } = await call(backend, 'setup.create', {
      institution: { name: opts.institutionName, type: opts.institutionType as InstitutionType, registrationNo: opts.registrationNo ?? '', state: opts.state, district: opts.district, address: '' },
      admin: { username: opts.admin, displayName: opts.adminName ?? opts.admin, password: readPasswordFile(opts.passwordFile) },
    });
    if (opts.recoveryKeyOut) {
      writeFileAtomic(opts.recoveryKeyOut, `Homeward recovery key for ${opts.institutionName}\n${recoveryKey}\n`);
      process.stdout.write(`Homeward is set up in ${dataDirOf(opts)}. The recovery key is in ${opts.recoveryKeyOut}: print it, keep it locked away, and delete the file.\n`);
    } else {
      process.stdout.write(`Homeward is set up in ${dataDirOf(opts)}.\nRecovery key (shown once — write it down and keep it locked away):\n${recoveryKey}\n`);
    }
  } finally {
    await backend.close();
  }
}
