/**
 * What of an error may be written to a log or crash file on the institution PC: its class,
 * its code, and where it happened. Never its message: messages quote data (a SQLite error can
 * quote a value, an exception can carry a name typed into a form), and these files must never
 * hold a child's name. Stack frames name only Homeward's own functions and files.
 */
export interface ErrorSummary {
  name: string;
  code: string | null;
  frames: string[];
}

const MAX_FRAMES = 12;
/** A V8 frame line: "at fn (file:line:col)" or "at file:line:col". */
const FRAME = /^\s*at (?:[\w$.<>[\] ]{1,200} )?\(?((?:file:\/\/|node:|\/|[A-Za-z]:\\)[^()\s]{1,400}:\d+:\d+)\)?$/;
const FUNCTION = /^\s*at ([\w$.<>[\]]{1,200}) \(/;

export function summariseError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { name: typeof error, code: null, frames: [] };
  const code = (error as { code?: unknown }).code;
  // The stack opens with "Name: message", which may run over several lines; a stack that does
  // not (rewritten by someone) gives no frames rather than a guess.
  const header = `${error.name}: ${error.message}`;
  const stack = error.stack ?? '';
  const lines = stack.startsWith(error.message ? header : error.name) ? stack.split('\n').slice(header.split('\n').length) : [];
  const frames = lines
    .flatMap((line) => {
      const at = FRAME.exec(line);
      if (!at) return [];
      const fn = FUNCTION.exec(line)?.[1];
      return [fn ? `${fn} ${at[1]}` : at[1]!];
    })
    .slice(0, MAX_FRAMES);
  return { name: /^[\w$]{1,60}$/.test(error.name) ? error.name : 'Error', code: typeof code === 'string' && /^[\w.-]{1,60}$/.test(code) ? code : null, frames };
}
