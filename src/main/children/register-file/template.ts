/**
 * The children register template (docs/formats/children-csv.md): one column per field a
 * clerk fills in. Each column knows how to read its cell into a ChildInput draft and how to
 * write the stored value back, so import and export cannot drift apart.
 */
import type { ChildInput } from '../../../shared/domain/child';
import { formatDateTimeIst, parseDateTimeIst } from '../../../shared/util/dates';
import { CellProblem, date, decimal, list, oneOf, sex, text, yesNo, type Kind } from './cell-kinds';
import { templateColumn, type WritableColumn } from './table-columns';

/**
 * One line of the register file: the child as admitted and, for a child who has left, the
 * day they left. Movements themselves are not in the file; an imported leaving day becomes a
 * release whose reason is "not recorded" (docs/formats/children-csv.md).
 */
export type RegisterRecord = ChildInput & { dischargedOn?: string | null };

export type TemplateColumn = WritableColumn<RegisterRecord>;

const dateTimeIst: Kind<string> = {
  read(s) {
    // Excel re-saves times with seconds; the register only keeps minutes.
    const iso = parseDateTimeIst(s.replace(/^(.*\d:\d{2}):\d{2}$/, '$1'));
    if (!iso) throw new CellProblem(`"${s}" is not a real date; write dd-mm-yyyy or dd-mm-yyyy hh:mm (India time)`);
    return iso;
  },
  write: formatDateTimeIst,
};

const category: Kind<ChildInput['category']> = {
  read: oneOf<ChildInput['category']>({ cncp: 'CNCP', ccl: 'CCL' }, 'CNCP, CCL'),
  write: (v) => v,
};

const column = <T>(name: string, field: string, kind: Kind<T>, required = false): TemplateColumn => templateColumn<RegisterRecord, T>(name, field, kind, required);

/** In the order export writes them; import accepts any order. */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  column('admission_no', 'admissionNo', text, true),
  column('name', 'name', text, true),
  column('aliases', 'aliases', list),
  column('sex', 'sex', sex, true),
  column('dob', 'dob', date),
  column('age_years', 'ageYears', decimal),
  column('age_estimated', 'ageEstimated', yesNo),
  column('date_admitted', 'admittedAt', dateTimeIst, true),
  column('father_name', 'fatherName', text),
  column('mother_name', 'motherName', text),
  column('guardian_name', 'guardianName', text),
  column('village', 'address.village', text),
  column('police_station', 'address.policeStation', text),
  column('district', 'address.district', text),
  column('state', 'address.state', text),
  column('pin', 'address.pin', text),
  column('category', 'category', category, true),
  column('identification_marks', 'identificationMarks', text),
  column('languages', 'languages', list),
  column('height_cm', 'heightCm', decimal),
  column('weight_kg', 'weightKg', decimal),
  column('referred_by', 'referredBy', text),
  column('order_no', 'orderNo', text),
  column('discharged_on', 'dischargedOn', date),
];
