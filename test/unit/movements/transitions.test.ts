/** Every movement from every status, legal and illegal, and the plain reasons for refusals. */
import { describe, expect, it } from 'vitest';
import { CHILD_STATUSES, MOVEMENT_KINDS, replayMovements, type ChildStatus, type MovementKind, type MovementStep } from '../../../src/shared/domain/movement';

const ADMITTED = '2026-01-10T05:00:00.000Z'; // 10-01-2026 10:30 IST
let n = 0;
/** A step `days` after the admission; ids grow with creation like UUIDv7s. */
const step = (kind: MovementKind, days: number): MovementStep => ({ id: `m${String(++n).padStart(4, '0')}`, kind, at: new Date(Date.parse(ADMITTED) + days * 86_400_000).toISOString() });

/** How to reach each status from the admission. */
const REACH: Record<ChildStatus, MovementKind[]> = {
  present: [],
  on_leave: ['leave'],
  runaway: ['runaway'],
  transferred: ['transfer'],
  restored: ['restoration'],
  released: ['release'],
  died: ['death'],
};

/** Written out by hand (not read from TRANSITIONS), so a change to the state machine has to change this too. */
const LEGAL: Record<ChildStatus, Partial<Record<MovementKind, ChildStatus>>> = {
  present: { leave: 'on_leave', runaway: 'runaway', transfer: 'transferred', restoration: 'restored', release: 'released', death: 'died' },
  on_leave: { leave_return: 'present', runaway: 'runaway', restoration: 'restored', release: 'released', death: 'died' },
  runaway: { runaway_return: 'present', release: 'released', death: 'died' },
  transferred: { readmission: 'present' },
  restored: { readmission: 'present' },
  released: { readmission: 'present' },
  died: {},
};

const cases = CHILD_STATUSES.flatMap((from) => MOVEMENT_KINDS.map((kind) => [from, kind, LEGAL[from][kind] ?? null] as const));

describe('the movement state machine', () => {
  it.each(cases)('from %s, %s leads to %s (null: refused)', (from, kind, to) => {
    const steps = [...REACH[from].map((k, i) => step(k, i + 1)), step(kind, 10)];
    const replay = replayMovements(ADMITTED, steps);
    if (to === null) {
      expect(replay.ok).toBe(false);
      if (replay.ok) return;
      expect(replay.refusal.id).toBe(steps.at(-1)!.id);
      expect(replay.refusal.message).toMatch(/\.$/);
    } else {
      expect(replay).toMatchObject({ ok: true, status: to });
    }
  });

  it('starts every child present, and an empty timeline stays so', () => {
    expect(replayMovements(ADMITTED, [])).toMatchObject({ ok: true, status: 'present' });
  });

  it('replays in time order whatever order the steps come in, and reports the status after each', () => {
    const ran = step('runaway', 3);
    const back = step('runaway_return', 5);
    const replay = replayMovements(ADMITTED, [back, ran]);
    expect(replay.ok && [...replay.after.entries()]).toEqual([
      [ran.id, 'runaway'],
      [back.id, 'present'],
    ]);
  });

  it('keeps two steps at the same minute in the order they were recorded', () => {
    const leave = step('leave', 2);
    const back = { ...step('leave_return', 2), at: leave.at };
    expect(replayMovements(ADMITTED, [back, leave])).toMatchObject({ ok: true, status: 'present' });
  });

  it('refuses a movement before the admission, naming both times in IST', () => {
    const early = { ...step('leave', 0), at: '2026-01-10T04:59:00.000Z' };
    const replay = replayMovements(ADMITTED, [early]);
    expect(replay).toMatchObject({ ok: false, refusal: { id: early.id, field: 'at', fieldMessage: 'before the admission (10-01-2026 10:30)' } });
    expect(!replay.ok && replay.refusal.message).toBe("This movement (10-01-2026 10:29) is before the child's admission (10-01-2026 10:30).");
  });

  it('refuses a return without a runaway', () => {
    const back = step('runaway_return', 4);
    expect(replayMovements(ADMITTED, [back])).toMatchObject({
      ok: false,
      refusal: { id: back.id, field: 'kind', fieldMessage: 'no runaway to return from', message: 'There is no runaway to return from: at that time the child was present in the institution.' },
    });
  });

  it('refuses a return dated before its runaway, saying so rather than "no runaway"', () => {
    const ran = step('runaway', 6);
    const back = step('runaway_return', 4);
    const replay = replayMovements(ADMITTED, [ran, back]);
    expect(replay).toMatchObject({ ok: false, refusal: { id: back.id, field: 'at' } });
    expect(!replay.ok && replay.refusal.message).toMatch(/^The return \(14-01-2026 10:30\) is before the runaway it ends \(16-01-2026 10:30\)\.$/);
  });

  it('refuses a return from leave dated before the leave, and one with no leave at all', () => {
    const leave = step('leave', 6);
    const early = step('leave_return', 4);
    expect(replayMovements(ADMITTED, [leave, early])).toMatchObject({ ok: false, refusal: { id: early.id, fieldMessage: 'before the leave (16-01-2026 10:30)' } });
    const lone = step('leave_return', 4);
    expect(replayMovements(ADMITTED, [lone])).toMatchObject({ ok: false, refusal: { fieldMessage: 'no leave to return from' } });
  });

  it('refuses anything after a death', () => {
    const death = step('death', 3);
    const readmit = step('readmission', 5);
    expect(replayMovements(ADMITTED, [death, readmit])).toMatchObject({ ok: false, refusal: { id: readmit.id, fieldMessage: 'after the death (13-01-2026 10:30)' } });
  });

  it('asks for a readmission before anything else once the child has left', () => {
    const restored = step('restoration', 3);
    const leave = step('leave', 5);
    expect(replayMovements(ADMITTED, [restored, leave])).toMatchObject({
      ok: false,
      refusal: { fieldMessage: 'the child had left', message: 'The child had left the institution (restored to family on 13-01-2026 10:30); record a readmission first.' },
    });
  });

  it('asks for the return first when a child on leave or away is moved on', () => {
    const ran = step('runaway', 3);
    const transfer = step('transfer', 5);
    expect(replayMovements(ADMITTED, [ran, transfer])).toMatchObject({ ok: false, refusal: { fieldMessage: 'the child was away (ran away)' } });
  });

  it('refuses a readmission of a child still on the roll', () => {
    const readmit = step('readmission', 3);
    expect(replayMovements(ADMITTED, [readmit])).toMatchObject({ ok: false, refusal: { fieldMessage: 'the child has not left' } });
  });

  it('names the first step that breaks, not a later one', () => {
    const lone = step('runaway_return', 3);
    const late = step('leave_return', 5);
    expect(replayMovements(ADMITTED, [late, lone])).toMatchObject({ ok: false, refusal: { id: lone.id } });
  });
});
