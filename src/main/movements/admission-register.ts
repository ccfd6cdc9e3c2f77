/**
 * The admission register for a span of days: every admission and readmission in it, in time
 * order and numbered, each with what happened during that stay and how it ended. This is the
 * data the printed register (src/main/printing) is made from; it holds only what the viewer
 * may see, and listing a CCL child's identity is logged like any other view of it.
 */
import { ageAtAdmission, currentAge } from '../../shared/domain/child';
import type { DateRange } from '../../shared/domain/fields';
import { LEFT_STATUSES, TRANSITIONS, type AdmissionRegisterRow, type ChildStatus, type Movement } from '../../shared/domain/movement';
import { parseDateTimeIst, todayIst } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import { childImage, type ChildDbRow } from '../children/records';
import type { ChildViewer } from '../children/service';
import { movementImage, movementView, type MovementDbRow } from './records';

/** The instants a span of Indian calendar days covers: [first day 00:00 IST, the day after the last). */
export function instantsOf(range: DateRange): { from: string; until: string } {
  const next = new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: parseDateTimeIst(range.from)!, until: parseDateTimeIst(next)! };
}

const leaves = (m: Movement) => (LEFT_STATUSES as readonly ChildStatus[]).includes(TRANSITIONS[m.kind].to);

export function admissionRegister(db: Sqlite, viewer: ChildViewer, range: DateRange, now: () => Date): AdmissionRegisterRow[] {
  const { from, until } = instantsOf(range);
  // Children admitted in the span, or readmitted in it: their whole timelines are needed to cut the stays.
  const children = db
    .prepare(
      `SELECT * FROM children c
        WHERE (julianday(c.admitted_at) >= julianday(:from) AND julianday(c.admitted_at) < julianday(:until))
           OR EXISTS (SELECT 1 FROM movements m WHERE m.child_id = c.id AND m.kind = 'readmission' AND m.at >= :from AND m.at < :until)`,
    )
    .all({ from, until }) as ChildDbRow[];
  const movementsOf = db.prepare('SELECT * FROM movements WHERE child_id = ? ORDER BY at, id');
  const logAccess = db.prepare(`INSERT INTO access_log (at, user_id, entity, entity_id, action) VALUES (?, ?, 'child', ?, 'register')`);
  const loggedAt = now().toISOString();

  const rows: Omit<AdmissionRegisterRow, 'serial'>[] = [];
  for (const row of children) {
    const hidden = row.category === 'CCL' && !viewer.canSeeCcl;
    if (row.category === 'CCL' && !hidden) logAccess.run(loggedAt, viewer.userId, row.id);
    const child = childImage(row);
    const timeline = (movementsOf.all(row.id) as MovementDbRow[]).map((m) => movementView(movementImage(m), hidden));
    // Cut the timeline into stays: each starts at the admission or a readmission.
    const starts = [{ at: child.admittedAt, entry: 'admission' as const, index: -1 }, ...timeline.flatMap((m, i) => (m.kind === 'readmission' ? [{ at: m.at, entry: 'readmission' as const, index: i }] : []))];
    starts.forEach((start, s) => {
      if (Date.parse(start.at) < Date.parse(from) || Date.parse(start.at) >= Date.parse(until)) return;
      const end = starts[s + 1]?.index ?? timeline.length;
      const stay = timeline.slice(start.index + 1, end);
      const left = stay.find(leaves) ?? null;
      rows.push({
        childId: row.id,
        admissionNo: child.admissionNo,
        entry: start.entry,
        at: start.at,
        identified: !hidden,
        name: hidden ? null : child.name,
        sex: child.sex,
        ageAtEntry: start.entry === 'admission' ? ageAtAdmission(child) : currentAge(child, todayIst(new Date(start.at))),
        ageEstimated: child.ageEstimated,
        category: child.category,
        fatherName: hidden ? null : child.fatherName,
        motherName: hidden ? null : child.motherName,
        guardianName: hidden ? null : child.guardianName,
        address: hidden ? null : [child.address.village, child.address.policeStation, child.address.district, child.address.state, child.address.pin].filter(Boolean).join(', ') || null,
        referredBy: hidden ? null : start.entry === 'admission' ? child.referredBy : ((timeline[start.index]!.details['referredBy'] as string | null) ?? null),
        orderNo: hidden ? null : start.entry === 'admission' ? child.orderNo : ((timeline[start.index]!.details['orderNo'] as string | null) ?? null),
        movements: stay,
        left,
        status: row.status as ChildStatus,
      });
    });
  }
  rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.admissionNo.localeCompare(b.admissionNo));
  return rows.map((r, i) => ({ serial: i + 1, ...r }));
}
