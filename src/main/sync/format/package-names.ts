/** File names of packages: what a clerk sees on the USB stick. */
export const syncPackageName = (officeId: string, seq: number) => `HW-sync-${officeId}-${String(seq).padStart(6, '0')}.hwpkg`;
export const receiptName = (officeId: string, seq: number) => `HW-receipt-${officeId}-${String(seq).padStart(6, '0')}.hwpkg`;
export const enrollmentName = (officeId: string) => `HW-enrollment-${officeId}.hwpkg`;
export const trustName = (registryId: string, version: number) => `HW-trust-${registryId}-v${version}.hwpkg`;
