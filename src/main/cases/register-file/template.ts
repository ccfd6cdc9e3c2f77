/**
 * The cases register template (docs/formats/cases-csv.md): one column per field a Board's or
 * Committee's register keeps for a case. Each column reads its cell into a draft of the case
 * and writes the stored value back, so import and export cannot drift apart. The child is
 * named by admission number only: a case register never carries a name.
 */
import { ALL_PURPOSES, type Purpose } from '../../../shared/domain/hearings';
import type { Authority } from '../../../shared/domain/jj-case';
import { formatSections, parseSections, type Section } from '../../../shared/domain/statutes';
import { formatDateTimeIst, parseDateTimeIst } from '../../../shared/util/dates';
import { CellProblem, date, decimal, list, oneOf, text, type Kind } from '../../children/register-file/cell-kinds';
import { templateColumn, type WritableColumn } from '../../children/register-file/table-columns';

/** One line of the file, as read; checked in check-cases.ts. */
export interface CaseRecord {
  caseNo: string;
  authority: Authority;
  admissionNo: string;
  particulars: Record<string, unknown>;
  hearings: string[];
  stage: Purpose | null;
  nextHearing: string | null;
  bench: string | null;
  disposedOn: string | null;
  disposal: string | null;
  orderPeriodMonths: number | null;
  orderWith: string | null;
}

export type CaseColumn = WritableColumn<CaseRecord>;

const instant: Kind<string | null> = {
  read(s) {
    const iso = parseDateTimeIst(s.replace(/^(.*\d:\d{2}):\d{2}$/, '$1'));
    if (!iso) throw new CellProblem(`"${s}" is not a real date and time; write dd-mm-yyyy hh:mm (India time), e.g. 14-07-2025 22:30`);
    return iso;
  },
  write: (v) => formatDateTimeIst(v),
};

const authority: Kind<Authority> = { read: oneOf<Authority>({ jjb: 'jjb', cwc: 'cwc', board: 'jjb', committee: 'cwc' }, 'jjb, cwc'), write: (v) => v };

const offenceClass: Kind<string> = { read: oneOf({ petty: 'petty', serious: 'serious', heinous: 'heinous' }, 'petty, serious, heinous'), write: (v) => v };

const sections: Kind<Section[]> = {
  read(s) {
    const parsed = parseSections(s);
    if ('problem' in parsed) throw new CellProblem(parsed.problem);
    return parsed.sections;
  },
  write: formatSections,
};

const dates: Kind<string[]> = {
  read: (s) => list.read(s).map((d) => date.read(d.trim()) as string),
  write: (v) => v.map((d) => date.write(d)).join('; '),
};

/** "final arguments", "Final_Arguments", "finalArguments" all mean the purpose finalArguments. */
const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
const stage: Kind<Purpose | null> = {
  read(s) {
    const p = ALL_PURPOSES.find((x) => squash(x) === squash(s));
    if (!p) throw new CellProblem(`"${s}" is not a stage; write one of ${ALL_PURPOSES.join(', ')}`);
    return p;
  },
  write: (v) => v ?? '',
};

const wholeMonths: Kind<number | null> = {
  read(s) {
    const n = decimal.read(s);
    if (n === null || !Number.isInteger(n)) throw new CellProblem(`"${s}" is not a whole number of months`);
    return n;
  },
  write: decimal.write,
};

const column = <T>(name: string, field: string, kind: Kind<T>, required = false): CaseColumn => templateColumn<CaseRecord, T>(name, field, kind, required);

/** In the order export writes them; import accepts any order. */
export const CASE_COLUMNS: readonly CaseColumn[] = [
  column('case_no', 'particulars.caseNo', text, true),
  column('authority', 'authority', authority, true),
  column('admission_no', 'admissionNo', text, true),
  column('fir_no', 'particulars.firNo', text),
  column('fir_date', 'particulars.firDate', date),
  column('dd_no', 'particulars.ddNo', text),
  column('gd_no', 'particulars.gdNo', text),
  column('police_station', 'particulars.policeStation', text),
  column('sections', 'particulars.sections', sections),
  column('offence_class', 'particulars.offenceClass', offenceClass),
  column('offence_date', 'particulars.offenceDate', date),
  column('apprehended_at', 'particulars.apprehendedAt', instant),
  column('first_produced_at', 'particulars.firstProducedAt', instant),
  column('hearings', 'hearings', dates),
  column('stage', 'stage', stage),
  column('next_hearing', 'nextHearing', date),
  column('bench', 'bench', text),
  column('disposed_on', 'disposedOn', date),
  column('disposal', 'disposal', text),
  column('order_period_months', 'orderPeriodMonths', wholeMonths),
  column('order_with', 'orderWith', text),
];
