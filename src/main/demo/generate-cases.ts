/**
 * Synthetic Board and Committee cases for the demo: the most recently admitted children in
 * conflict with law get a Board case each (apprehension, first production, SBR, bail, SIR,
 * hearings held and adjourned on sitting days up to today, some disposed of by a final order,
 * a petty one left past its time so the termination shows), and a few children in need of care
 * get a Committee case (Form 17, interim placement, SIR, hearings). Written through the same
 * functions as the screens, so everything is validated and journaled. Nothing here is real.
 */
import { weekdayOf } from '../../shared/domain/hearings';
import type { OffenceClass } from '../../shared/domain/jj-case';
import { NEW_CODES_FROM } from '../../shared/domain/statutes';
import { todayIst } from '../../shared/util/dates';
import type { CaseCall } from '../cases/case-access';
import { registerCase } from '../cases/cases-service';
import { addCaseEntry } from '../cases/case-entries';
import { caseHearings, recordOutcome } from '../cases/hearings';
import { addToDay } from '../deadlines/calendar';
import { readSittings } from '../cases/sittings';
import type { Prng } from './prng';

/** Sections by offence class, under the code in force: [IPC, BNS]. */
const SECTIONS: Record<OffenceClass, [string, string][]> = {
  petty: [
    ['379', '303(2)'],
    ['323', '115(2)'],
  ],
  serious: [
    ['392', '309(4)'],
    ['354', '74'],
  ],
  heinous: [
    ['307', '109'],
    ['376', '64'],
  ],
};
const STATIONS = ['Kotwali', 'Gandhi Maidan', 'Danapur', 'Phulwari Sharif'];
const OFFICERS = ['SI R. K. Singh', 'ASI Meena Kumari', 'SI Anil Paswan'];

interface DemoChild {
  id: string;
  category: 'CCL' | 'CNCP';
  admitted_at: string;
}

export class CaseMaker {
  private readonly today: string;
  private readonly days: readonly number[];
  private serial = 0;

  constructor(
    private readonly call: CaseCall,
    private readonly rnd: Prng,
  ) {
    this.today = todayIst(call.now);
    this.days = readSittings(call.db).jjb.days;
  }

  /** The first sitting day on or after `day`. */
  private sitting(day: string): string {
    let d = day;
    while (!this.days.includes(weekdayOf(d))) d = addToDay(d, { days: 1 });
    return d;
  }

  /** Hearings every 1–3 weeks from the listed one until one lies ahead of today (or the case is disposed of on it). */
  private hear(caseId: string, purposes: readonly string[], disposeAfter: number | null): string | null {
    for (let n = 0; ; n++) {
      const listed = caseHearings(this.call, caseId).find((h) => h.status === 'scheduled')!;
      if (listed.date > this.today) return null;
      if (disposeAfter !== null && n >= disposeAfter) return listed.date;
      const next = this.sitting(addToDay(listed.date, { days: this.rnd.int(7, 21) }));
      const adjourned = this.rnd.chance(0.3);
      recordOutcome(this.call, {
        hearingId: listed.id,
        outcome: adjourned ? 'adjourned' : 'held',
        reason: adjourned ? this.rnd.pick(['Probation officer on leave', 'Witness absent', 'Police file not received']) : null,
        proceedings: adjourned ? null : 'Proceedings recorded',
        next: { date: next, bench: '1', purpose: purposes[Math.min(n + 1, purposes.length - 1)]! },
      });
    }
  }

  /** A Board case for a child admitted on `produced`'s day: apprehended the evening before or that morning. */
  boardCase(child: DemoChild, offenceClass: OffenceClass, dispose: boolean): void {
    const produced = child.admitted_at;
    const apprehended = new Date(Date.parse(produced) - this.rnd.int(3, 20) * 3_600_000).toISOString();
    const day = todayIst(new Date(produced));
    const [ipc, bns] = this.rnd.pick(SECTIONS[offenceClass]);
    const underBns = todayIst(new Date(apprehended)) >= NEW_CODES_FROM;
    const caseNo = `JJB/PAT/${day.slice(0, 4)}/${String(++this.serial).padStart(3, '0')}`;
    const { id } = registerCase(this.call, {
      childId: child.id,
      authority: 'jjb',
      particulars: {
        caseNo,
        firNo: offenceClass === 'heinous' ? `${this.rnd.int(10, 400)}/${day.slice(0, 4)}` : null,
        firDate: offenceClass === 'heinous' ? todayIst(new Date(apprehended)) : null,
        gdNo: offenceClass === 'heinous' ? null : `GD ${this.rnd.int(100, 999)}`,
        gdDate: offenceClass === 'heinous' ? null : todayIst(new Date(apprehended)),
        policeStation: this.rnd.pick(STATIONS),
        sections: [{ statute: underBns ? 'BNS' : 'IPC', section: underBns ? bns : ipc }],
        offenceClass,
        offenceDate: todayIst(new Date(apprehended)),
        apprehendedAt: apprehended,
        firstProducedAt: produced,
        investigatingOfficer: this.rnd.pick(OFFICERS),
        probationOfficer: 'Smt. Kiran Devi',
      },
      next: { date: this.sitting(addToDay(day, { days: 7 })), bench: '1', purpose: 'sir' },
    });
    addCaseEntry(this.call, id, 'sbr', { date: day, investigatingOfficer: this.rnd.pick(OFFICERS), circumstances: 'Apprehended near the market; no injury', allegedRole: 'Alleged to have been present with two adults' });
    addCaseEntry(this.call, id, 'bail', { date: day, decision: 'granted', reasons: 'No ground under s.12(1) to refuse', conditions: 'Mother to produce the child on each date', conditionsMetOn: day });
    const sirOn = addToDay(day, { days: this.rnd.int(9, 20) });
    if (sirOn <= this.today) addCaseEntry(this.call, id, 'sir', { date: sirOn, preparedBy: 'Smt. Kiran Devi', preparerRole: 'probationOfficer', recommendation: 'Counselling and return to school' });
    const disposedOn = this.hear(id, ['sir', 'finalReport', 'prosecutionEvidence', 'childStatement', 'finalArguments', 'finalOrder'], dispose ? this.rnd.int(2, 5) : null);
    if (disposedOn) addCaseEntry(this.call, id, 'finalOrder', { date: disposedOn, orderSection: 's18_1', clause: this.rnd.pick(['a', 'b', 'c']), details: 'Advised and sent home with the parent' });
  }

  /** A Committee case: Form 17, an interim order to this Home (Form 18), the SIR, hearings. */
  committeeCase(child: DemoChild, dispose: boolean): void {
    const produced = child.admitted_at;
    const day = todayIst(new Date(produced));
    const { id } = registerCase(this.call, {
      childId: child.id,
      authority: 'cwc',
      particulars: { caseNo: `CWC/PAT/${day.slice(0, 4)}/${String(++this.serial).padStart(3, '0')}`, apprehendedAt: new Date(Date.parse(produced) - this.rnd.int(2, 12) * 3_600_000).toISOString(), firstProducedAt: produced },
      next: { date: this.sitting(addToDay(day, { days: 10 })), bench: '1', purpose: 'sir' },
    });
    addCaseEntry(this.call, id, 'productionReport', { date: day, producedBy: this.rnd.pick(['Childline 1098', 'RPF Patna Junction', 'SI Anil Paswan']), producerRole: this.rnd.pick(['childline', 'police']), whereFound: 'Patna Junction, platform 4', circumstances: 'Found alone and crying' });
    addCaseEntry(this.call, id, 'interimOrder', { date: day, orderForm: 'form18', placedWith: 'Demo Children’s Home (synthetic data)' });
    const sirOn = addToDay(day, { days: this.rnd.int(10, 14) });
    if (sirOn <= this.today) addCaseEntry(this.call, id, 'sir', { date: sirOn, preparedBy: 'Case worker', preparerRole: 'socialWorker', restorationRisk: 'Family traced; home visit found it safe' });
    const disposedOn = this.hear(id, ['sir', 'childStatement', 'icp', 'finalOrder'], dispose ? this.rnd.int(2, 4) : null);
    if (disposedOn) addCaseEntry(this.call, id, 'cwcOrder', { date: disposedOn, orderClause: 'c', placedWith: 'Demo Children’s Home (synthetic data)' });
  }
}

/**
 * A handful of cases over the demo register: Board cases for the nine children in conflict with
 * law admitted last (two disposed of) and a petty one admitted over half a year ago and still
 * pending (the law has terminated it), and six Committee cases (one disposed of).
 */
export function fillCases(call: CaseCall, rnd: Prng): void {
  const maker = new CaseMaker(call, rnd);
  // A production cannot be in the future: a child the demo admits later today gets no case.
  const recent = (category: string, n: number, before: Date) =>
    call.db
      .prepare(`SELECT id, category, admitted_at FROM children WHERE category = ? AND status IN ('present', 'on_leave', 'runaway') AND admitted_at <= ? ORDER BY admitted_at DESC LIMIT ?`)
      .all(category, before.toISOString(), n) as DemoChild[];
  const classes: OffenceClass[] = ['petty', 'serious', 'heinous', 'petty', 'serious', 'petty', 'serious', 'heinous', 'petty'];
  const board = recent('CCL', 9, call.now);
  board.forEach((c, i) => maker.boardCase(c, classes[i]!, i % 5 === 4));
  const older = recent('CCL', 10, new Date(call.now.getTime() - 200 * 86_400_000)).find((c) => !board.some((b) => b.id === c.id));
  if (older) maker.boardCase(older, 'petty', false);
  recent('CNCP', 6, call.now).forEach((c, i) => maker.committeeCase(c, i === 5));
}
