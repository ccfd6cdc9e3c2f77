/** What both command lines (homeward, homeward-registry) share in how they run commands. */
import type { Command } from 'commander';
import { AppError } from '../../shared/api/errors';

/**
 * A commander action that receives the positional arguments and then the merged options,
 * so options may be written before or after the subcommand.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    await fn(...([...args.slice(0, -2), cmd.optsWithGlobals()] as A));
  };
}

/** Runs the program; a failure ends it with one line `<name>: <reason>` and exit 1 (2 for bad input). */
export function runProgram(program: Command): void {
  program.parseAsync(process.argv).catch((e: unknown) => {
    const message = e instanceof AppError ? e.message : `unexpected error: ${(e as Error).message}`;
    process.stderr.write(`${program.name()}: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exit(e instanceof AppError && e.code === 'invalid_input' ? 2 : 1);
  });
}
