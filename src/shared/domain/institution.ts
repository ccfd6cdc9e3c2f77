/** Institution types recognised by the JJ Act 2015 (s.2 and s.41), plus the two authorities. */
export const INSTITUTION_TYPES = [
  'childrens-home',
  'observation-home',
  'special-home',
  'place-of-safety',
  'open-shelter',
  'specialised-adoption-agency',
  'fit-facility',
  'jjb',
  'cwc',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];
