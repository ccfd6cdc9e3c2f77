/** A child's case file, loaded in one call, and the dates its forms are checked against. */
import type { ChildDates } from '../../shared/domain/casefile-fields';
import type { Child } from '../../shared/domain/child';
import { todayIst } from '../../shared/util/dates';
import { useQuery } from '../api/use-query';

export function useCaseFile(childId: string) {
  const { data, error, reload } = useQuery('casefile.get', { childId });
  return { caseFile: data, error, reload };
}
export type CaseFileQuery = ReturnType<typeof useCaseFile>;

export function childDatesOf(child: Pick<Child, 'dob' | 'admittedAt'>): ChildDates {
  return { dob: child.dob, admittedOn: todayIst(new Date(child.admittedAt)), today: todayIst() };
}
