/**
 * The one RPC contract. Every method is declared here once, with its input and output
 * schemas and who may call it; the backend's dispatch, the Electron bridge, the web host
 * and the renderer's client all derive from this object.
 */
import { z } from 'zod';
import { method } from './define';
import { ROLES } from '../domain/roles';
import { INSTITUTION_TYPES } from '../domain/institution';
import { admissionRegisterRowSchema, movementInputSchema, timelineSchema } from '../domain/movement';
import { dateRangeSchema } from '../domain/fields';
import { deadlineListSchema, deadlineScopeSchema } from '../domain/deadlines';
import { monthlySummarySchema, monthSchema, quarterlyReportSchema, quarterSchema, reportSentSchema } from '../domain/reports';
import { childCountsSchema, childFilterSchema, childInputSchema, childRowSchema, childSchema } from '../domain/child';
import { casefileContract } from './casefile-contract';
import { letterheadSchema } from '../domain/letterhead';
import { printedSchema, printRequestSchema } from '../domain/printing';
import { casesContract } from './cases-contract';
import { purgeContract } from './purge-contract';

const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, { error: '2–32 letters, digits, dot, dash or underscore' });
export const newPassword = z.string().min(10, { error: 'at least 10 characters' }).max(200, { error: 'at most 200 characters' });

export const institutionSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'required' }).max(200),
    type: z.enum(INSTITUTION_TYPES, { error: 'choose one' }),
    registrationNo: z.string().trim().max(100).default(''),
    state: z.string().trim().min(1, { error: 'choose a state' }),
    district: z.string().trim().min(1, { error: 'choose a district' }),
    address: z.string().trim().max(500).default(''),
  })
  .strict();
export type Institution = z.output<typeof institutionSchema>;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const securitySettingsSchema = z
  .object({
    autoLockMinutes: z.number().int().min(1).max(240),
    maxFailedLogins: z.number().int().min(3).max(20),
    lockoutMinutes: z.number().int().min(1).max(1440),
  })
  .strict();
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;

const sessionSchema = z.object({
  sessionToken: z.string(),
  user: userSchema,
  permissions: z.array(z.string()),
  autoLockMinutes: z.number(),
});

export const jobStartedSchema = z.object({ jobId: z.string() });

// Sync (issue 3). Small inbound files (receipts, trust lists) travel as base64, like registers.
const smallFile = z.string().max(Math.ceil((8 * 1024 * 1024 * 4) / 3) + 4, { error: 'the file is larger than 8 MB' });
const outDir = z.string().min(1).max(1000);
export const officeKeySchema = z.object({
  keyId: z.string(),
  purpose: z.enum(['signing', 'encryption']),
  status: z.enum(['active', 'pending', 'retired']),
  publicKey: z.string(),
  fingerprint: z.string(),
  createdAt: z.string(),
});
export const trustSummarySchema = z.object({
  registryId: z.string(),
  registryName: z.string(),
  version: z.number(),
  expiresAt: z.string(),
  rootFingerprint: z.string(),
  enrolled: z.boolean(),
});
export const syncStatusSchema = z.object({
  officeId: z.string().nullable(),
  trust: trustSummarySchema.extend({ expired: z.boolean() }).nullable(),
  lastExport: z.object({ at: z.string(), seq: z.number(), file: z.string() }).nullable(),
  lastReceipt: z.object({ at: z.string(), seq: z.number() }).nullable(),
  entriesWaiting: z.number(),
  acknowledgedTo: z.number(),
  /** Days since the last receipt (or, before the first, since the oldest change waiting). */
  daysSinceAck: z.number().nullable(),
  warnAfterDays: z.number(),
  warning: z.boolean(),
});

// Snapshots and matching (issue 4). In explanations valueA is the child's value, valueB the report's.
const matchLabelSchema = z.enum(['likely', 'possible', 'unlikely']);
export const MATCH_DECISIONS = ['confirm', 'reject', 'not_sure'] as const;
export const matchExplanationSchema = z.object({
  prior: z.number(),
  bars: z.array(
    z.object({
      concept: z.string(),
      valueA: z.string().nullable(),
      valueB: z.string().nullable(),
      level: z.string(),
      weight: z.number(),
      reason: z.string(),
      // Absent in explanations stored before reasons had keys; the English reason is shown then.
      because: z.array(z.object({ key: z.string(), params: z.record(z.string(), z.string()).optional() })).optional(),
    }),
  ),
  total: z.number(),
  probability: z.number(),
});
export const missingReportViewSchema = z.object({
  reportId: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  sex: z.enum(['female', 'male', 'transgender', 'unknown']),
  dob: z.string().nullable(),
  ageYears: z.number().nullable(),
  dateMissing: z.string(),
  fatherName: z.string().nullable(),
  motherName: z.string().nullable(),
  village: z.string().nullable(),
  policeStation: z.string().nullable(),
  district: z.string().nullable(),
  state: z.string().nullable(),
  firNo: z.string().nullable(),
  heightCm: z.number().nullable(),
  complexion: z.string().nullable(),
  identificationMarks: z.string().nullable(),
  languages: z.array(z.string()),
});
export const matchDecisionSchema = z.object({ decision: z.enum(MATCH_DECISIONS), note: z.string().nullable(), decidedBy: z.string(), decidedAt: z.string() });
export const matchItemSchema = z.object({
  childId: z.string(),
  admissionNo: z.string(),
  childName: z.string(),
  category: z.enum(['CNCP', 'CCL']),
  reportId: z.string(),
  /** null when the report has left the snapshot (closed as traced) since the decision. */
  reportName: z.string().nullable(),
  /** null for a decided pair the last run no longer ranks. */
  probability: z.number().nullable(),
  label: matchLabelSchema.nullable(),
  firstSeenAt: z.string().nullable(),
  decision: matchDecisionSchema.nullable(),
});
export const snapshotStatusSchema = z.object({
  held: z
    .object({
      version: z.number(),
      kind: z.enum(['full', 'delta']),
      createdAt: z.string(),
      expiresAt: z.string(),
      expired: z.boolean(),
      daysLeft: z.number(),
      importedAt: z.string(),
      reportCount: z.number(),
      lastMatchRun: z.object({ at: z.string(), snapshotVersion: z.number(), children: z.number() }).nullable(),
    })
    .nullable(),
});

// Updates (issue 7): a signed bundle in a folder on this computer (docs/formats/update.md).
const updateTargetSchema = z.enum(['nsis', 'appimage', 'deb', 'zip']);
export const updateOfferSchema = z.object({
  version: z.string(),
  minimumVersion: z.string(),
  target: updateTargetSchema,
  installer: z.string(),
  size: z.number(),
  createdAt: z.string(),
  releaseNotes: z.object({ en: z.string(), hi: z.string() }),
});

export const contract = {
  'setup.status': method({
    input: empty,
    output: z.object({ setUp: z.boolean(), institutionName: z.string().nullable() }),
    access: 'public',
  }),
  'setup.create': method({
    input: z
      .object({
        institution: institutionSchema,
        admin: z.object({ username, displayName: z.string().trim().min(1).max(100), password: newPassword }).strict(),
      })
      .strict(),
    output: z.object({ recoveryKey: z.string() }),
    access: 'public',
  }),
  'reference.states': method({
    input: empty,
    output: z.array(z.object({ code: z.string(), name: z.string(), districts: z.array(z.object({ code: z.string(), name: z.string() })) })),
    access: 'public',
  }),

  'auth.login': method({ input: z.object({ username, password: z.string().max(200) }).strict(), output: sessionSchema, access: 'public' }),
  'auth.recover': method({
    input: z.object({ recoveryKey: z.string().max(200), username, newPassword }).strict(),
    output: ok,
    access: 'public',
  }),
  'auth.logout': method({ input: empty, output: ok, access: 'authenticated' }),
  'auth.me': method({ input: empty, output: sessionSchema.omit({ sessionToken: true }), access: 'authenticated' }),
  'auth.changePassword': method({
    input: z.object({ currentPassword: z.string().max(200), newPassword }).strict(),
    output: ok,
    access: 'authenticated',
  }),

  'users.list': method({ input: empty, output: z.array(userSchema), access: 'users.manage' }),
  'users.create': method({
    input: z.object({ username, displayName: z.string().trim().min(1).max(100), role: z.enum(ROLES), password: newPassword }).strict(),
    output: userSchema,
    access: 'users.manage',
  }),
  'users.update': method({
    input: z.object({ id: z.string(), displayName: z.string().trim().min(1).max(100).optional(), role: z.enum(ROLES).optional(), active: z.boolean().optional() }).strict(),
    output: userSchema,
    access: 'users.manage',
  }),
  'users.resetPassword': method({ input: z.object({ id: z.string(), password: newPassword }).strict(), output: ok, access: 'users.manage' }),

  'settings.get': method({
    input: empty,
    output: z.object({ institution: institutionSchema, security: securitySettingsSchema, letterhead: letterheadSchema }),
    access: 'authenticated',
  }),
  'settings.updateInstitution': method({ input: institutionSchema, output: ok, access: 'settings.manage' }),
  /** The extras that head printed forms (name in Hindi, phone, e-mail, logo). */
  'settings.updateLetterhead': method({ input: letterheadSchema, output: ok, access: 'settings.manage' }),
  'settings.updateSecurity': method({ input: securitySettingsSchema, output: ok, access: 'settings.manage' }),

  'children.list': method({
    // offset/limit let a screen show the first rows at once and fetch the rest behind them.
    input: childFilterSchema.extend({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(100_000).nullable().default(null) }),
    output: z.object({ rows: z.array(childRowSchema), total: z.number() }),
    access: 'children.read',
  }),
  'children.counts': method({
    input: empty,
    output: childCountsSchema,
    access: 'children.read',
  }),
  'children.get': method({ input: z.object({ id: z.string() }).strict(), output: childSchema, access: 'children.read' }),
  'children.admit': method({ input: childInputSchema, output: childSchema, access: 'children.write' }),
  'children.update': method({
    input: z.object({ id: z.string(), child: childInputSchema }).strict(),
    output: childSchema,
    access: 'children.write',
  }),
  'children.addPhoto': method({
    input: z
      .object({
        childId: z.string(),
        mime: z.enum(['image/jpeg', 'image/png']),
        // base64 of at most 2 MiB of image (the renderer resizes before sending)
        dataBase64: z.string().max(Math.ceil((2 * 1024 * 1024 * 4) / 3) + 4, { error: 'the photo is larger than 2 MB' }),
      })
      .strict(),
    output: childSchema,
    access: 'children.write',
  }),
  'children.removePhoto': method({ input: z.object({ photoId: z.string() }).strict(), output: ok, access: 'children.write' }),
  'children.photo': method({
    input: z.object({ photoId: z.string() }).strict(),
    output: z.object({ mime: z.string(), dataBase64: z.string() }),
    access: 'photos.view',
  }),
  'children.import': method({
    input: z.object({ fileName: z.string().max(300), dataBase64: z.string().max(70_000_000) }).strict(),
    output: jobStartedSchema,
    access: 'children.write',
    job: true,
  }),

  'children.export': method({
    input: empty,
    output: z.object({ csv: z.string(), exported: z.number(), withheldCcl: z.number() }),
    access: 'children.read',
  }),

  'audit.verify': method({
    input: empty,
    output: z.object({
      ok: z.boolean(),
      entries: z.number(),
      problems: z.array(z.string()),
      /** Entries whose content an s.24 order erased (not problems): how many, per order. */
      redactions: z.array(z.object({ purgeId: z.string(), orderReference: z.string(), orderDate: z.string(), entries: z.number() })),
    }),
    access: 'audit.read',
  }),

  'backup.create': method({
    input: z.object({ outFile: z.string().min(1).max(1000) }).strict(),
    output: jobStartedSchema,
    access: 'backup.run',
    job: true,
  }),

  'keys.show': method({
    input: empty,
    output: z.object({ officeId: z.string().nullable(), keys: z.array(officeKeySchema), minisignPublicKey: z.string().nullable() }),
    access: 'authenticated',
  }),
  'keys.create': method({ input: empty, output: z.object({ created: z.boolean() }), access: 'keys.manage' }),
  'keys.rotate': method({ input: empty, output: ok, access: 'keys.manage' }),
  'keys.enrollmentRequest': method({ input: z.object({ outDir }).strict(), output: z.object({ file: z.string() }), access: 'keys.manage' }),
  'trust.import': method({
    input: z.object({ dataBase64: smallFile, rootFingerprint: z.string().max(200).optional() }).strict(),
    output: trustSummarySchema,
    access: 'keys.manage',
  }),
  'sync.status': method({ input: empty, output: syncStatusSchema, access: 'sync.run' }),
  'sync.export': method({ input: z.object({ outDir }).strict(), output: jobStartedSchema, access: 'sync.run', job: true }),
  'sync.importReceipt': method({
    input: z.object({ dataBase64: smallFile }).strict(),
    output: z.object({ packageSeq: z.number(), acknowledgedTo: z.number(), alreadyAcknowledged: z.boolean(), keysActivated: z.boolean() }),
    access: 'sync.run',
  }),
  'sync.updateSettings': method({
    input: z.object({ warnAfterDays: z.number().int().min(1).max(365) }).strict(),
    output: ok,
    access: 'settings.manage',
  }),

  'snapshots.status': method({ input: empty, output: snapshotStatusSchema, access: 'authenticated' }),
  /** A snapshot file on this computer (a USB stick); job result: SnapshotImported (src/main/snapshots/office/import-snapshot.ts). */
  'snapshots.import': method({ input: z.object({ file: z.string().min(1).max(1000) }).strict(), output: jobStartedSchema, access: 'sync.run', job: true }),
  /** Re-runs matching over the children in care; job result: MatchRun. */
  'matches.rematch': method({ input: empty, output: jobStartedSchema, access: 'matches.review', job: true }),
  /** Pairs by state, best first: new (not yet seen by you), possible (seen, undecided or not sure), decided (confirmed or rejected). */
  'matches.list': method({
    input: empty,
    output: z.object({ new: z.array(matchItemSchema), possible: z.array(matchItemSchema), decided: z.array(matchItemSchema), withheldCcl: z.number() }),
    access: 'matches.review',
  }),
  'matches.pair': method({
    input: z.object({ childId: z.string(), reportId: z.string() }).strict(),
    output: z.object({
      child: childSchema,
      report: missingReportViewSchema.nullable(),
      candidate: z.object({ probability: z.number(), weight: z.number(), label: matchLabelSchema, explanation: matchExplanationSchema, firstSeenAt: z.string(), snapshotVersion: z.number() }).nullable(),
      decision: matchDecisionSchema.nullable(),
    }),
    access: 'matches.review',
  }),
  'matches.decide': method({
    input: z.object({ childId: z.string(), reportId: z.string().max(200), decision: z.enum(MATCH_DECISIONS), note: z.string().trim().max(2000).optional() }).strict(),
    output: matchDecisionSchema,
    access: 'matches.review',
  }),
  /** New possible matches since you last looked (for the home screen). */
  'matches.newCount': method({ input: empty, output: z.object({ count: z.number() }), access: 'matches.review' }),
  /** You have looked: what is listed now is no longer new for you. */
  'matches.markSeen': method({ input: empty, output: ok, access: 'matches.review' }),
  /** Stored candidates of the last run per child in care (or one child), best first: `homeward match --json`. */
  'matches.byChild': method({
    input: z.object({ admissionNo: z.string().max(40).optional(), top: z.number().int().min(1).max(10).default(10) }).strict(),
    output: z.array(
      z.object({
        admission_no: z.string(),
        candidates: z.array(z.object({ report_id: z.string(), probability: z.number(), weight: z.number(), label: matchLabelSchema, explanation: matchExplanationSchema })),
      }),
    ),
    access: 'matches.review',
  }),

  // Movements and the admission register (issue 5). Writes replay the child's whole timeline.
  'movements.timeline': method({ input: z.object({ childId: z.string() }).strict(), output: timelineSchema, access: 'children.read' }),
  'movements.record': method({ input: z.object({ childId: z.string(), movement: movementInputSchema }).strict(), output: timelineSchema, access: 'children.write' }),
  'movements.update': method({ input: z.object({ id: z.string(), movement: movementInputSchema }).strict(), output: timelineSchema, access: 'children.write' }),
  'movements.remove': method({ input: z.object({ id: z.string() }).strict(), output: timelineSchema, access: 'children.write' }),
  'movements.register': method({
    input: dateRangeSchema,
    output: z.object({ rows: z.array(admissionRegisterRowSchema) }),
    access: 'children.read',
  }),

  // Deadlines (issue 5): the rules in src/main/deadlines/rules.ts applied today.
  'deadlines.list': method({ input: deadlineScopeSchema, output: deadlineListSchema, access: 'children.read' }),

  // Reports (issue 5): data for the screen, the CSV and the printed form alike.
  'reports.quarterly': method({ input: z.object({ period: quarterSchema }).strict(), output: quarterlyReportSchema, access: 'children.read' }),
  'reports.monthly': method({ input: z.object({ month: monthSchema }).strict(), output: monthlySummarySchema, access: 'children.read' }),
  'reports.csv': method({
    input: z.discriminatedUnion('report', [z.object({ report: z.literal('quarterly'), period: quarterSchema }).strict(), z.object({ report: z.literal('monthly'), period: monthSchema }).strict()]),
    output: z.object({ fileName: z.string(), csv: z.string() }),
    access: 'children.read',
  }),
  'reports.markSent': method({ input: reportSentSchema, output: ok, access: 'settings.manage' }),

  'updates.status': method({
    input: empty,
    output: z.object({
      installedVersion: z.string(),
      platform: z.string(),
      /** How this copy was installed; null outside the packaged desktop app (web mode, development). */
      target: updateTargetSchema.nullable(),
      /** Whether this process can hand an update to the installer (only the desktop app can). */
      canInstall: z.boolean(),
      /** Whether the trust list held here names the registry's update key. */
      hasUpdateKey: z.boolean(),
    }),
    access: 'authenticated',
  }),
  /** Verifies the bundle in a folder; changes nothing. */
  'updates.check': method({ input: z.object({ folder: outDir }).strict(), output: updateOfferSchema, access: 'updates.install' }),
  /** Verifies again, copies the bundle into the data folder, and has the desktop app install it (it then restarts). */
  'updates.install': method({ input: z.object({ folder: outDir }).strict(), output: z.object({ version: z.string() }), access: 'updates.install' }),

  /** Known-answer checks of the crypto and the encrypted database where the backend runs (the release smoke test asks it). */
  'diagnostics.selfTest': method({
    input: empty,
    output: z.object({ ok: z.boolean(), checks: z.array(z.object({ name: z.string(), ok: z.boolean() })) }),
    access: 'public',
  }),
  /**
   * A statutory form or register as PDF, printed by Chromium. Further permissions are checked
   * by form: photos only with photos.view, a CCL child's forms only with children.viewCcl.
   */
  'print.form': method({ input: printRequestSchema, output: printedSchema, access: 'children.read' }),
  /** Starts the PDF engine ahead of a print (screens with Print buttons ask for it when they open). */
  'print.prepare': method({ input: empty, output: ok, access: 'children.read' }),

  'jobs.cancel': method({ input: z.object({ jobId: z.string() }).strict(), output: ok, access: 'authenticated' }),

  ...casefileContract,
  ...casesContract,
  ...purgeContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;

/** Progress and outcome of a long job, carried on the `job` topic. */
export const jobEventSchema = z.object({
  jobId: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: z.string(),
  done: z.number(),
  total: z.number(),
  result: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }).optional(),
});
export type JobEvent = z.infer<typeof jobEventSchema>;
