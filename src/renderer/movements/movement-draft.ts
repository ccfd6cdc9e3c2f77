/**
 * The movement form as typed (every field a string, dates as dd-mm-yyyy) and its conversion
 * to the shared movementInputSchema's input. Which fields each kind has, and whether they are
 * required, comes from the shared schema itself (MOVEMENT_SHAPES), so the form cannot drift
 * from what the backend accepts.
 */
import { MOVEMENT_SHAPES, RELEASE_REASONS, type Movement, type MovementKind } from '../../shared/domain/movement';
import { formatDate, formatDateTimeIst, parseDate, parseDateTimeIst, todayIst } from '../../shared/util/dates';

export type Widget = 'text' | 'long' | 'date' | 'yesNo' | 'releaseReason';

/** Fields written in a text area rather than one line. */
const LONG = new Set(['address', 'reason', 'cause', 'circumstances']);
const YES_NO = new Set(['policeInformed', 'postMortem']);

export interface FieldSpec {
  name: string;
  widget: Widget;
  required: boolean;
}

function widgetOf(kind: MovementKind, name: string): Widget {
  if (YES_NO.has(name)) return 'yesNo';
  if (kind === 'release' && name === 'reason') return 'releaseReason';
  if (/On$|Date$/.test(name)) return 'date';
  return LONG.has(name) ? 'long' : 'text';
}

/** The kind's own fields in the order the schema declares them; a field is required when leaving it out fails. */
export function fieldsOf(kind: MovementKind): FieldSpec[] {
  return Object.entries(MOVEMENT_SHAPES[kind]).map(([name, schema]) => ({ name, widget: widgetOf(kind, name), required: !(schema as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success }));
}

export interface MovementDraft {
  kind: MovementKind | '';
  date: string;
  time: string;
  note: string;
  fields: Record<string, string>;
}

const hhmm = (d: Date) => formatDateTimeIst(d.toISOString()).slice(11);

/** A new movement: today, now. */
export function emptyDraft(kind: MovementKind | '', now = new Date()): MovementDraft {
  return { kind, date: formatDate(todayIst(now)), time: hhmm(now), note: '', fields: {} };
}

/** A stored movement, to correct it. */
export function draftFromMovement(m: Movement): MovementDraft {
  const when = formatDateTimeIst(m.at);
  const fields: Record<string, string> = {};
  for (const { name, widget } of fieldsOf(m.kind)) {
    const v = m.details[name];
    fields[name] = v === null || v === undefined ? '' : widget === 'yesNo' ? (v ? 'yes' : 'no') : widget === 'date' ? formatDate(v as string) : String(v as string);
  }
  return { kind: m.kind, date: when.slice(0, 10), time: when.slice(11), note: (m.details['note'] as string | null) ?? '', fields };
}

/** What the schema parses. Unreadable dates are passed on as typed, so the schema names the field. */
export function draftToInput(d: MovementDraft): Record<string, unknown> {
  const input: Record<string, unknown> = { kind: d.kind, at: parseDateTimeIst(`${d.date.trim()} ${d.time.trim() || '00:00'}`) ?? d.date, note: d.note };
  if (!d.kind) return input;
  for (const { name, widget } of fieldsOf(d.kind)) {
    const v = (d.fields[name] ?? '').trim();
    if (widget === 'yesNo') input[name] = v === 'yes' ? true : v === 'no' ? false : undefined;
    else if (widget === 'date') input[name] = v === '' ? undefined : (parseDate(v) ?? v);
    else if (widget === 'releaseReason') input[name] = (RELEASE_REASONS as readonly string[]).includes(v) ? v : undefined;
    else input[name] = v;
  }
  return input;
}
