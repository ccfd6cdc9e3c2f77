/**
 * Roles and what each may do. The backend's dispatch enforces these; the renderer only
 * uses them to hide what a person could not do anyway.
 */
export const ROLES = [
  'administrator',
  'superintendent',
  'case-worker',
  'data-entry',
  'jjb-clerk',
  // A member of the Juvenile Justice Board or the Child Welfare Committee (issue 6).
  'board-member',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'children.read',
  'children.write',
  // Names and identifying details of children in conflict with law (JJ Act s.74).
  'children.viewCcl',
  'photos.view',
  'users.manage',
  'settings.manage',
  'audit.read',
  'backup.run',
  // Export sync packages and import the registry's receipts.
  'sync.run',
  // Create, rotate and enroll the office's keys; import the registry's trust list.
  'keys.manage',
  // Review possible matches with missing-child reports and decide them (CCL children only with children.viewCcl).
  'matches.review',
  // The full Aadhaar number; everyone else sees it masked (XXXX XXXX 1234). Aadhaar Act 2016 s.29 limits its display.
  'aadhaar.viewFull',
  // Check and install signed updates of Homeward itself from a USB folder.
  'updates.install',
  // Ask for a child's records to be destroyed under a JJB order (JJ Act s.24), and see such requests.
  'records.purgeRequest',
  // Confirm (as the second person) or reject a request for destruction of records.
  'records.purgeConfirm',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  administrator: ALL,
  superintendent: ['children.read', 'children.write', 'children.viewCcl', 'photos.view', 'settings.manage', 'audit.read', 'backup.run', 'sync.run', 'matches.review', 'aadhaar.viewFull'],
  'case-worker': ['children.read', 'children.write', 'photos.view', 'matches.review'],
  'data-entry': ['children.read', 'children.write', 'photos.view'],
  'jjb-clerk': ['children.read', 'children.write', 'children.viewCcl', 'photos.view', 'records.purgeRequest'],
  // Members read and record their cases (orders, hearings), see the files of children in conflict with law, and may ask for the s.24 destruction their Board ordered.
  'board-member': ['children.read', 'children.write', 'children.viewCcl', 'photos.view', 'records.purgeRequest'],
  // An auditor reads the register and the audit trail, never names of CCL children or photos.
  auditor: ['children.read', 'audit.read'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
