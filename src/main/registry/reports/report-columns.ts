/**
 * The missing-child reports file the registry imports (docs/formats/reports-csv.md): the
 * same conventions, cell readers and checks as the children register, with the report's
 * columns. `status` is optional: `traced` closes a report (it leaves the next snapshot).
 */
import { date, decimal, list, oneOf, sex, text, type Kind } from '../../children/register-file/cell-kinds';
import type { TableColumn } from '../../children/register-file/table-columns';

export type ReportStatus = 'open' | 'traced';

const status: Kind<ReportStatus> = {
  read: oneOf<ReportStatus>({ open: 'open', traced: 'traced' }, 'open, traced'),
  write: (v) => v,
};

const column = <T>(name: string, kind: Kind<T>, required = false): TableColumn => ({ name, required, field: name, read: kind.read });

/** Report fields are named as in the file, so a column's field is its own name. */
export const REPORT_COLUMNS: readonly TableColumn[] = [
  column('report_id', text, true),
  column('name', text, true),
  column('aliases', list),
  column('sex', sex, true),
  column('dob', date),
  column('age_years', decimal),
  column('date_missing', date, true),
  column('father_name', text),
  column('mother_name', text),
  column('village', text),
  column('police_station', text),
  column('district', text),
  column('state', text),
  column('fir_no', text),
  column('height_cm', decimal),
  column('complexion', text),
  column('identification_marks', text),
  column('languages', list),
  column('status', status),
];
