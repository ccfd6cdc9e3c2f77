/**
 * Synthetic movements for the demo children: leave and return, runaways (most come back),
 * and a share who leave — restored to family (some with an escort), transferred, released
 * at 18 or by order, a rare death — so the register, the deadlines and the quarterly report
 * have something to show. Every timeline is one the state machine accepts; the demo
 * inserts them through the same checks as the movements screen.
 */
import { currentAge, type ChildInput } from '../../shared/domain/child';
import { movementInputSchema, type MovementInput } from '../../shared/domain/movement';
import { parseDateTimeIst, todayIst } from '../../shared/util/dates';
import type { Prng } from './prng';

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (fromIso: string, toIso: string) => Math.round((Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS);

const RELATIONSHIPS = ['Father', 'Mother', 'Uncle', 'Grandmother', 'Elder brother'];
const OTHER_HOMES = ['Government Children’s Home, Gaya', 'Government Children’s Home for Girls, Muzaffarpur', 'Specialised Adoption Agency, Patna'];

export class MovementMaker {
  constructor(
    private readonly rnd: Prng,
    private readonly today: string,
  ) {}

  /** An instant in office hours (IST) on a day. */
  private at(day: string): string {
    return parseDateTimeIst(`${day} ${this.rnd.int(9, 18)}:${String(this.rnd.int(0, 59)).padStart(2, '0')}`)!;
  }

  /** A day between `from` and `to` (inclusive), or null when the window is empty. */
  private dayBetween(from: string, to: string): string | null {
    const span = daysBetween(from, to);
    return span < 0 ? null : addDays(from, this.rnd.int(0, span));
  }

  private authority(child: ChildInput): string {
    return `${child.category === 'CCL' ? 'Juvenile Justice Board' : 'Child Welfare Committee'}, ${child.address.district ?? 'Patna'}`;
  }

  make(child: ChildInput): MovementInput[] {
    const out: MovementInput[] = [];
    let day = addDays(todayIst(new Date(child.admittedAt)), 1);
    const push = (m: Record<string, unknown>) => out.push(movementInputSchema.parse(m));

    if (this.rnd.chance(0.15)) {
      const leave = this.dayBetween(addDays(day, 10), addDays(this.today, -1));
      if (leave) {
        const back = addDays(leave, this.rnd.int(2, 10));
        push({ kind: 'leave', at: this.at(leave), destination: 'Home visit with family', expectedReturnOn: back, permittedBy: this.authority(child) });
        if (back >= this.today) return out;
        push({ kind: 'leave_return', at: this.at(back) });
        day = addDays(back, 1);
      }
    }
    if (this.rnd.chance(0.08)) {
      const ran = this.dayBetween(addDays(day, 5), addDays(this.today, -1));
      if (ran) {
        const informed = this.rnd.chance(0.9);
        push({ kind: 'runaway', at: this.at(ran), policeInformed: informed, policeStation: informed ? 'Kotwali' : '', firGdNo: informed ? `GD ${this.rnd.int(100, 999)}/${ran.slice(0, 4)}` : '', circumstances: 'Left during evening play time' });
        const back = addDays(ran, this.rnd.int(1, 20));
        if (back >= this.today || this.rnd.chance(0.3)) return out;
        push({ kind: 'runaway_return', at: this.at(back), broughtBy: 'Police' });
        day = addDays(back, 1);
      }
    }
    if (!this.rnd.chance(0.3)) return out;
    const left = this.dayBetween(addDays(day, 30), addDays(this.today, -1));
    if (!left) return out;
    const at = this.at(left);
    const admitted = todayIst(new Date(child.admittedAt));
    const weekBefore = addDays(left, -this.rnd.int(0, 7));
    const orderDate = weekBefore < admitted ? admitted : weekBefore;
    const order = { orderedBy: this.authority(child), orderNo: `${child.category === 'CCL' ? 'JJB' : 'CWC'}/${left.slice(0, 4)}/${this.rnd.int(100, 999)}`, orderDate };
    const r = this.rnd.next();
    const ageThen = currentAge(child, left);
    if (r < 0.6) {
      const escorted = this.rnd.chance(0.5);
      push({
        kind: 'restoration',
        at,
        restoredTo: child.fatherName ?? child.motherName ?? child.guardianName ?? 'Family member',
        relationship: this.rnd.pick(RELATIONSHIPS),
        address: [child.address.village, child.address.district, child.address.state].filter(Boolean).join(', ') || 'Address on the order',
        ...order,
        reason: 'Family traced and found fit by the Committee after inquiry',
        section: child.category === 'CCL' ? 's.18(1)(a)' : 's.37(1)(b)',
        ...(escorted ? { escortOfficer: 'Demo Escort Officer', escortDesignation: 'Child Welfare Officer', escortFrom: 'Patna', escortTo: child.address.district ?? 'Home district', escortTravelOn: left } : {}),
      });
    } else if (r < 0.75) {
      push({ kind: 'transfer', at, toInstitution: this.rnd.pick(OTHER_HOMES), ...order });
    } else if (r < 0.99) {
      push(ageThen !== null && ageThen >= 18 ? { kind: 'release', at, reason: 'turned_18' } : { kind: 'release', at, reason: 'order', ...order });
    } else {
      push({ kind: 'death', at, place: 'District Hospital', cause: 'Illness (as certified)', certifiedBy: 'Medical Officer, District Hospital', policeStation: 'Kotwali', firGdNo: `GD ${this.rnd.int(100, 999)}/${left.slice(0, 4)}`, postMortem: true, authorityInformedOn: left });
    }
    return out;
  }
}
