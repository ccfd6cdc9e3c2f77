/**
 * The facts the deadline rules read from the Board's and Committee's cases: each case with its
 * own clocks (apprehension, first production, SIR, extensions, bail conditions, the medical
 * age test, preliminary assessment, the declaration under s.38, hearings, the final order) and
 * the traits the rules ask about (authority, offence class, the child's age on the date of the
 * offence and at first production, whether the child may be declared free for adoption).
 *
 * Two facts also count for the child: a case's first production meets the register's
 * production deadline, and the Committee's follow-ups of a restored child meet the follow-up
 * deadlines (as Part D of the care plan does).
 */
import { CASE_FACTS, type CaseTraits, type FactName, type Occurrence } from '../../shared/domain/deadlines';
import type { CaseEntryKind } from '../../shared/domain/jj-case-entries';
import type { Category } from '../../shared/domain/child';
import { todayIst, yearsBetween } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import type { CaseFacts, Facts } from '../deadlines/engine';
import type { FactProvider, PerChild } from '../deadlines/facts';
import type { CaseRow } from './records';

interface CaseJoin extends CaseRow {
  admission_no: string;
  name: string;
  category: Category;
  dob: string | null;
  age_years: number | null;
}

type Values = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** How one step of a case is a fact for the rules. */
function entryFacts(kind: CaseEntryKind, date: string, v: Values, add: (fact: FactName, o: Occurrence) => void): void {
  switch (kind) {
    case 'sir':
      return add('sir', { at: date });
    case 'extension':
      return add('inquiryExtension', { at: date, extend: { months: Number(v['months']) } });
    case 'preliminaryAssessment':
      return add('preliminaryAssessment', { at: date });
    case 'bail': {
      if (v['decision'] === 'granted' && str(v['conditions'])) add('bailConditional', { at: date });
      const settled = str(v['conditionsMetOn']) ?? str(v['reProducedOn']);
      if (settled) add('bailSettled', { at: settled });
      return;
    }
    case 'ageDetermination': {
      if (v['evidence'] !== 'medical') return;
      add('medicalAgeTestOrdered', { at: date });
      const report = str(v['medicalReportOn']);
      if (report) add('medicalAgeTestDone', { at: report });
      return;
    }
    case 'lfaDeclaration':
      return add('lfaDeclared', { at: date });
    case 'finalOrder':
      return add('disposal', { at: date });
    case 'cwcOrder':
      add('disposal', { at: date });
      if (v['orderClause'] === 'h') add('lfaDeclared', { at: date });
      return;
    default:
      return;
  }
}

/** The child's age in whole years on a day: from the date of birth, else unknown. */
const ageOn = (dob: string | null, day: string | null) => (dob !== null && day !== null ? yearsBetween(dob, day) : null);

function traitsOf(c: CaseJoin, p: Values, determinedAge: number | null): CaseTraits {
  const offenceDay = str(p['offenceDate']) ?? (c.apprehended_at ? todayIst(new Date(c.apprehended_at)) : null) ?? str(p['firDate']);
  // The Board's determination (s.94) is "deemed to be the true age"; the register's date of birth otherwise.
  const atOffence = determinedAge ?? ageOn(c.dob, offenceDay);
  const productionDay = c.first_produced_at ? todayIst(new Date(c.first_produced_at)) : null;
  const atProduction = ageOn(c.dob, productionDay) ?? c.age_years;
  return {
    authority: c.authority,
    offenceClass: (c.offence_class ?? 'none') as CaseTraits['offenceClass'],
    ageAtOffence: atOffence === null ? 'unknown' : atOffence < 16 ? 'under16' : '16to18',
    ageAtProduction: atProduction === null ? 'unknown' : atProduction < 2 ? 'under2' : '2plus',
    adoption: p['adoptionGround'] ? 'yes' : 'no',
  };
}

/** Every case (or one) with its facts and traits; names as stored (the deadlines service withholds them). */
export function caseFacts(db: Sqlite, only: string | null = null): CaseFacts[] {
  const facts = new Map<string, Facts>();
  const add = (caseId: string) => (fact: FactName, o: Occurrence) => {
    let f = facts.get(caseId);
    if (!f) facts.set(caseId, (f = {}));
    (f[fact] ??= [] as Occurrence[]);
    (f[fact] as Occurrence[]).push(o);
  };
  const determined = new Map<string, number>();
  for (const e of db.prepare('SELECT case_id, kind, date, data FROM case_entries WHERE @only IS NULL OR case_id = @only ORDER BY date, created_at').iterate({ only }) as IterableIterator<{ case_id: string; kind: CaseEntryKind; date: string; data: string }>) {
    const v = JSON.parse(e.data) as Values;
    entryFacts(e.kind, e.date, v, add(e.case_id));
    if (e.kind === 'ageDetermination' && typeof v['ageOnOffenceDate'] === 'number') determined.set(e.case_id, v['ageOnOffenceDate']);
  }
  for (const h of db.prepare(`SELECT case_id, date, status FROM hearings WHERE status <> 'cancelled' AND (@only IS NULL OR case_id = @only)`).iterate({ only }) as IterableIterator<{ case_id: string; date: string; status: string }>) {
    add(h.case_id)('hearingListed', { at: h.date });
    if (h.status !== 'scheduled') add(h.case_id)('hearingRecorded', { at: h.date });
  }
  const rows = db.prepare('SELECT k.*, c.admission_no, c.name, c.category, c.dob, c.age_years FROM jj_cases k JOIN children c ON c.id = k.child_id WHERE @only IS NULL OR k.id = @only').all({ only }) as CaseJoin[];
  return rows.map((c) => {
    const own = facts.get(c.id) ?? {};
    if (c.apprehended_at) own.apprehension = [{ at: c.apprehended_at }];
    if (c.first_produced_at) own.firstProduction = [{ at: c.first_produced_at }];
    const p = JSON.parse(c.particulars) as Values;
    // A case before the Board is treated as a CCL's wherever it is shown, whatever the register says now.
    return { caseId: c.id, caseNo: c.case_no, childId: c.child_id, admissionNo: c.admission_no, name: c.name, category: c.authority === 'jjb' ? 'CCL' : c.category, pending: c.status === 'pending', traits: traitsOf(c, p, determined.get(c.id) ?? null), facts: own };
  });
}


/** Appends an occurrence to a child's list. */
function addTo(facts: PerChild, childId: string, o: Occurrence): void {
  const list = facts.get(childId);
  if (list) list.push(o);
  else facts.set(childId, [o]);
}

export const CASE_FACT_PROVIDER: FactProvider = {
  // The case's own facts, and the SIR of each case (the rules read it per case).
  provides: [...CASE_FACTS, 'sir', 'production', 'followUp'],
  children(db) {
    const production: PerChild = new Map();
    const followUp: PerChild = new Map();
    for (const r of db.prepare('SELECT child_id, first_produced_at FROM jj_cases WHERE first_produced_at IS NOT NULL').iterate() as IterableIterator<{ child_id: string; first_produced_at: string }>) {
      addTo(production, r.child_id, { at: r.first_produced_at });
    }
    for (const r of db.prepare(`SELECT child_id, date, json_extract(data, '$.stage') AS stage FROM case_entries WHERE kind = 'followUp'`).iterate() as IterableIterator<{ child_id: string; date: string; stage: string }>) {
      addTo(followUp, r.child_id, { at: r.date, tag: r.stage });
    }
    return { production, followUp };
  },
  cases: (db) => caseFacts(db),
};
