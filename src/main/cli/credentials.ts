import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { AppError } from '../../shared/api/errors';

export interface CommonOptions {
  data?: string;
  user?: string;
  passwordFile?: string;
}

/** A password file holds the password on its first line; the line ending is not part of it. */
export function readPasswordFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AppError('not_found', `Cannot read the password file ${file}.`);
  }
  const first = text.split(/\r?\n/)[0] ?? '';
  if (!first) throw new AppError('invalid_input', `The password file ${file} is empty.`);
  return first;
}

async function promptHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.includes(question)) process.stderr.write(question);
  };
  try {
    return await new Promise<string>((ok) => rl.question(question, ok));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

/** --user/--password-file, else HOMEWARD_USER/HOMEWARD_PASSWORD, else a prompt at a terminal. */
export async function credentials(opts: CommonOptions): Promise<{ username: string; password: string }> {
  const username = opts.user ?? process.env['HOMEWARD_USER'];
  if (!username) throw new AppError('invalid_input', 'Say who you are: --user NAME or HOMEWARD_USER.');
  if (opts.passwordFile) return { username, password: readPasswordFile(opts.passwordFile) };
  const fromEnv = process.env['HOMEWARD_PASSWORD'];
  if (fromEnv) return { username, password: fromEnv };
  if (process.stdin.isTTY) return { username, password: await promptHidden(`Password for ${username}: `) };
  throw new AppError('invalid_input', 'Give the password with --password-file FILE or HOMEWARD_PASSWORD.');
}
