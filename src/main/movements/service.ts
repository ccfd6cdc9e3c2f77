/**
 * Recording a child's movements. Every change — a new movement, a correction, a removal —
 * replays the whole timeline from the admission through the state machine
 * (replayMovements), so an illegal sequence is refused whichever edit would cause it, and
 * the child's status is always what the movements lead to. Writes and their journal entries
 * commit together.
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import { currentAge } from '../../shared/domain/child';
import { MOVEMENT_KINDS, TRANSITIONS, replayMovements, type ChildStatus, type MovementInput, type MovementKind, type MovementStep, type Timeline } from '../../shared/domain/movement';
import { formatDateTimeIst, todayIst } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import { appendJournal, type Actor } from '../journal/journal';
import type { ChildViewer } from '../children/service';
import { detailsOf, movementImage, movementView, type MovementDbRow } from './records';

interface ChildFacts {
  id: string;
  category: string;
  admitted_at: string;
  dob: string | null;
  age_years: number | null;
  referred_by: string | null;
  order_no: string | null;
  status: ChildStatus;
}

/** A clock a few minutes fast on another PC should not make "now" look like the future. */
const FUTURE_SLACK_MS = 5 * 60 * 1000;

const hiddenFrom = (child: { category: string }, viewer: ChildViewer) => child.category === 'CCL' && !viewer.canSeeCcl;

/** Replays a timeline, throwing the refusal as a plain error. `changedId` is the movement the person is editing, if any. */
export function assertTimeline(admittedAt: string, steps: readonly MovementStep[], changedId: string | null): Map<string, ChildStatus> & { status: ChildStatus } {
  const replay = replayMovements(admittedAt, steps);
  if (replay.ok) return Object.assign(replay.after, { status: replay.status });
  const { refusal } = replay;
  if (refusal.id === changedId) throw new AppError('invalid_input', refusal.message, { fields: { [refusal.field]: refusal.fieldMessage } });
  const other = steps.find((s) => s.id === refusal.id)!;
  throw new AppError('invalid_input', `With this change the movement of ${formatDateTimeIst(other.at)} no longer fits: ${refusal.message}`, {
    fields: { _: refusal.fieldMessage },
  });
}

/** Moving a child's admission later than a movement already recorded would put that movement before the admission. */
export function assertAdmissionBeforeMovements(db: Sqlite, childId: string, admittedAt: string): void {
  const first = db.prepare('SELECT at FROM movements WHERE child_id = ? ORDER BY at LIMIT 1').get(childId) as { at: string } | undefined;
  if (first && Date.parse(first.at) < Date.parse(admittedAt)) {
    const when = formatDateTimeIst(first.at);
    throw new AppError('invalid_input', `The admission cannot be after the child's first movement (${when}).`, { fields: { admittedAt: `after the first movement (${when})` } });
  }
}

export class MovementsService {
  constructor(
    private readonly db: Sqlite,
    private readonly now: () => Date,
  ) {}

  private child(id: string): ChildFacts {
    const row = this.db.prepare('SELECT id, category, admitted_at, dob, age_years, referred_by, order_no, status FROM children WHERE id = ?').get(id) as ChildFacts | undefined;
    if (!row) throw new AppError('not_found', 'No child with this record number exists.');
    return row;
  }

  private rows(childId: string): MovementDbRow[] {
    return this.db.prepare('SELECT * FROM movements WHERE child_id = ? ORDER BY at, id').all(childId) as MovementDbRow[];
  }

  private writableChild(id: string, viewer: ChildViewer): ChildFacts {
    const child = this.child(id);
    if (hiddenFrom(child, viewer)) throw new AppError('forbidden', 'You do not have permission to change this record.');
    return child;
  }

  /** The child's admission and movements in time order, and what may be recorded next. */
  timeline(childId: string, viewer: ChildViewer): Timeline {
    const child = this.child(childId);
    // Restoration addresses and the like identify a CCL child's family: seeing them is an access like viewing the record.
    if (child.category === 'CCL' && !hiddenFrom(child, viewer)) {
      this.db.prepare(`INSERT INTO access_log (at, user_id, entity, entity_id, action) VALUES (?, ?, 'child', ?, 'movements')`).run(this.now().toISOString(), viewer.userId, childId);
    }
    return this.read(childId, viewer);
  }

  /** The same, without logging: what a write hands back to the person who just made it. */
  private read(childId: string, viewer: ChildViewer): Timeline {
    const child = this.child(childId);
    const hidden = hiddenFrom(child, viewer);
    return {
      childId,
      admission: { at: child.admitted_at, referredBy: hidden ? null : child.referred_by, orderNo: hidden ? null : child.order_no },
      status: child.status,
      movements: this.rows(childId).map((r) => movementView(movementImage(r), hidden)),
      next: MOVEMENT_KINDS.filter((k) => TRANSITIONS[k].from.includes(child.status)),
    };
  }

  /** Checks that need the child or the clock, which the input schema cannot know. */
  private checkAgainstChild(child: ChildFacts, input: MovementInput): void {
    const at = Date.parse(input.at);
    if (at > this.now().getTime() + FUTURE_SLACK_MS) throw new AppError('invalid_input', 'A movement cannot be recorded before it happens.', { fields: { at: 'in the future' } });
    if (input.kind === 'death' && input.authorityInformedOn > todayIst(this.now())) {
      throw new AppError('invalid_input', 'The date the Board or Committee was informed is in the future.', { fields: { authorityInformedOn: 'in the future' } });
    }
    if (input.kind === 'release' && input.reason === 'turned_18') {
      const age = currentAge({ dob: child.dob, ageYears: child.age_years, admittedAt: child.admitted_at }, todayIst(new Date(at)));
      if (age !== null && age < 18) throw new AppError('invalid_input', `By the register the child was ${age} on that day, not 18.`, { fields: { reason: 'the child was not yet 18 on that day' } });
    }
  }

  /** Replays the child's timeline with one movement added, changed or taken out, and stores the status it leads to. */
  private commitTimeline(child: ChildFacts, steps: MovementStep[], changedId: string | null): void {
    const { status } = assertTimeline(child.admitted_at, steps, changedId);
    this.db.prepare('UPDATE children SET status = ? WHERE id = ?').run(status, child.id);
  }

  private stepsOf(childId: string): MovementStep[] {
    return this.rows(childId).map((r) => ({ id: r.id, kind: r.kind as MovementKind, at: r.at }));
  }

  record(childId: string, input: MovementInput, actor: Actor, viewer: ChildViewer): Timeline {
    this.db.transaction(() => {
      const child = this.writableChild(childId, viewer);
      this.checkAgainstChild(child, input);
      const id = uuidv7();
      this.commitTimeline(child, [...this.stepsOf(childId), { id, kind: input.kind, at: input.at }], id);
      this.insert(id, childId, input, actor);
    })();
    return this.read(childId, viewer);
  }

  /**
   * Adds a child's movements in one go (a register import, converted data, demo data),
   * checked as a whole timeline. The caller owns the transaction.
   */
  insertAll(childId: string, inputs: readonly MovementInput[], actor: Actor): void {
    const child = this.child(childId);
    const steps = inputs.map((m) => ({ id: uuidv7(), kind: m.kind, at: m.at }));
    this.commitTimeline(child, [...this.stepsOf(childId), ...steps], null);
    inputs.forEach((m, i) => this.insert(steps[i]!.id, childId, m, actor));
  }

  /** Inserts one movement and its journal entry; the caller has checked the timeline and owns the transaction. */
  private insert(id: string, childId: string, input: MovementInput, actor: Actor): void {
    const at = this.now().toISOString();
    this.db
      .prepare('INSERT INTO movements (id, child_id, kind, at, details, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, childId, input.kind, input.at, JSON.stringify(detailsOf(input)), actor.name, at, at);
    appendJournal(this.db, { actor, at, entity: 'movement', entityId: id, op: 'create', before: null, after: movementImage(this.row(id)) });
  }

  private row(id: string): MovementDbRow {
    const row = this.db.prepare('SELECT * FROM movements WHERE id = ?').get(id) as MovementDbRow | undefined;
    if (!row) throw new AppError('not_found', 'This movement no longer exists.');
    return row;
  }

  /** Corrects a movement recorded wrongly (its kind too); the timeline must still make sense afterwards. */
  update(id: string, input: MovementInput, actor: Actor, viewer: ChildViewer): Timeline {
    const before = this.row(id);
    this.db.transaction(() => {
      const child = this.writableChild(before.child_id, viewer);
      this.checkAgainstChild(child, input);
      const steps = this.stepsOf(child.id).map((s) => (s.id === id ? { id, kind: input.kind, at: input.at } : s));
      this.commitTimeline(child, steps, id);
      const at = this.now().toISOString();
      this.db.prepare('UPDATE movements SET kind = ?, at = ?, details = ?, updated_at = ? WHERE id = ?').run(input.kind, input.at, JSON.stringify(detailsOf(input)), at, id);
      appendJournal(this.db, { actor, at, entity: 'movement', entityId: id, op: 'update', before: movementImage(before), after: movementImage(this.row(id)) });
    })();
    return this.read(before.child_id, viewer);
  }

  /** Takes out a movement recorded by mistake; refused when a later one depends on it (a return on its runaway). */
  remove(id: string, actor: Actor, viewer: ChildViewer): Timeline {
    const before = this.row(id);
    this.db.transaction(() => {
      const child = this.writableChild(before.child_id, viewer);
      this.commitTimeline(
        child,
        this.stepsOf(child.id).filter((s) => s.id !== id),
        null,
      );
      this.db.prepare('DELETE FROM movements WHERE id = ?').run(id);
      appendJournal(this.db, { actor, at: this.now().toISOString(), entity: 'movement', entityId: id, op: 'delete', before: movementImage(before), after: null });
    })();
    return this.read(before.child_id, viewer);
  }
}
