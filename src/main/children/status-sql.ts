/** "On the roll" in SQL, over the children table under `alias`: the same statuses as IN_CARE_STATUSES. */
import { IN_CARE_STATUSES } from '../../shared/domain/movement';

export const inCareSql = (alias: string) => `(${alias}.status IN (${IN_CARE_STATUSES.map((s) => `'${s}'`).join(', ')}))`;
