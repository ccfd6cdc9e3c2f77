/**
 * Movements: everything that happens to a child's place in the institution after admission
 * (leave, runaway, transfer, restoration, release, death, readmission). The child's status —
 * and so the institution's present count — is not stored by hand anywhere: it is what the
 * movements, replayed in time order from the admission, lead to (replayMovements below).
 *
 * The admission itself is the child record (admittedAt, referredBy, orderNo): it is the first
 * entry of the admission register and the start of every child's timeline.
 */
import { z } from 'zod';
import { formatDateTimeIst, todayIst } from '../util/dates';
import { isoDate, optionalText, requiredText, utcInstant } from './fields';

export const CHILD_STATUSES = ['present', 'on_leave', 'runaway', 'transferred', 'restored', 'released', 'died'] as const;
export type ChildStatus = (typeof CHILD_STATUSES)[number];
/** On the institution's roll: its responsibility. Deadlines run and matching looks for these children. */
export const IN_CARE_STATUSES = ['present', 'on_leave', 'runaway'] as const satisfies readonly ChildStatus[];
/** Off the roll: the child has left (and, except after a death, may be readmitted). */
export const LEFT_STATUSES = ['transferred', 'restored', 'released', 'died'] as const satisfies readonly ChildStatus[];
export const isInCare = (s: ChildStatus) => (IN_CARE_STATUSES as readonly ChildStatus[]).includes(s);

export const MOVEMENT_KINDS = ['leave', 'leave_return', 'runaway', 'runaway_return', 'transfer', 'restoration', 'release', 'death', 'readmission'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** The state machine, as data: the statuses a movement may follow, and the status it leads to. */
export const TRANSITIONS: Record<MovementKind, { from: readonly ChildStatus[]; to: ChildStatus }> = {
  leave: { from: ['present'], to: 'on_leave' },
  leave_return: { from: ['on_leave'], to: 'present' },
  // A child who does not come back from leave has run away from it.
  runaway: { from: ['present', 'on_leave'], to: 'runaway' },
  runaway_return: { from: ['runaway'], to: 'present' },
  transfer: { from: ['present'], to: 'transferred' },
  // The Committee can order a child on home leave restored where they are.
  restoration: { from: ['present', 'on_leave'], to: 'restored' },
  // Includes striking off a child who ran away and was never traced, by order.
  release: { from: ['present', 'on_leave', 'runaway'], to: 'released' },
  death: { from: ['present', 'on_leave', 'runaway'], to: 'died' },
  readmission: { from: ['transferred', 'restored', 'released'], to: 'present' },
};

/** Why a child left on release. `not_recorded` only comes from data kept before movements existed. */
export const RELEASE_REASONS = ['turned_18', 'after_care', 'order', 'not_recorded'] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];

const text = requiredText(200);
const optional = optionalText(200);
const long = optionalText(2000);
const yesNo = z.boolean({ error: 'choose yes or no' });
/** The order of the Board or Committee behind a movement (Form 44's "date and place of order"). */
const order = { orderedBy: text, orderNo: requiredText(100), orderDate: isoDate };

const base = { at: utcInstant, note: long };

/** The fields each kind records, besides when it happened and a note. */
export const MOVEMENT_SHAPES = {
  leave: { destination: text, expectedReturnOn: isoDate, permittedBy: optional },
  leave_return: {},
  runaway: { policeInformed: yesNo, policeStation: optional, firGdNo: optionalText(100), circumstances: long },
  runaway_return: { broughtBy: optional, whereFound: optional },
  transfer: { toInstitution: text, toDistrict: optional, toState: optional, ...order },
  // Form 44 (release-cum-restoration order) and, when the child travels with an escort, Form 45.
  restoration: {
    restoredTo: text,
    relationship: text,
    address: requiredText(2000),
    ...order,
    placeOfOrder: optional,
    section: optionalText(100),
    reason: requiredText(2000),
    supervisedBy: optional,
    escortOfficer: optional,
    escortDesignation: optional,
    escortFrom: optional,
    escortTo: optional,
    escortTravelOn: isoDate.nullable().default(null),
    escortMode: optional,
  },
  release: {
    reason: z.enum(RELEASE_REASONS, { error: 'choose one' }),
    orderedBy: optional,
    orderNo: optionalText(100),
    orderDate: isoDate.nullable().default(null),
    afterCareOrganisation: optional,
  },
  death: {
    place: text,
    cause: requiredText(2000),
    certifiedBy: text,
    policeStation: text,
    firGdNo: requiredText(100),
    postMortem: yesNo,
    authorityInformedOn: isoDate,
  },
  readmission: { referredBy: text, orderNo: optionalText(100) },
} as const satisfies Record<MovementKind, z.ZodRawShape>;

/** Fields that could identify the child or their family: withheld like the child's own name (s.74). */
export const IDENTIFYING_FIELDS = ['note', 'destination', 'circumstances', 'broughtBy', 'whereFound', 'restoredTo', 'relationship', 'address', 'escortTo', 'placeOfOrder'] as const;

const kindSchema = <K extends MovementKind>(kind: K) => z.object({ kind: z.literal(kind), ...base, ...MOVEMENT_SHAPES[kind] }).strict();

/** What a person records. The date checks that need no other record are here; the rest is replayMovements. */
export const movementInputSchema = z
  .discriminatedUnion('kind', [
    kindSchema('leave'),
    kindSchema('leave_return'),
    kindSchema('runaway'),
    kindSchema('runaway_return'),
    kindSchema('transfer'),
    kindSchema('restoration'),
    kindSchema('release'),
    kindSchema('death'),
    kindSchema('readmission'),
  ])
  .superRefine((m, ctx) => {
    if (Number.isNaN(Date.parse(m.at))) return;
    const day = todayIst(new Date(m.at));
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ('orderDate' in m && m.orderDate !== null && m.orderDate > day) issue('orderDate', 'the order is dated after the movement');
    switch (m.kind) {
      case 'leave':
        if (m.expectedReturnOn < day) issue('expectedReturnOn', 'before the leave begins');
        break;
      case 'runaway':
        // Police informed means there is a GD entry or an FIR to quote (SOP 2016).
        if (m.policeInformed && m.policeStation === null) issue('policeStation', 'required when the police were informed');
        if (m.policeInformed && m.firGdNo === null) issue('firGdNo', 'required when the police were informed');
        break;
      case 'restoration':
        if (m.escortOfficer !== null) {
          if (m.escortTo === null) issue('escortTo', 'required with an escort');
          if (m.escortTravelOn === null) issue('escortTravelOn', 'required with an escort');
        }
        if (m.escortTravelOn !== null && m.escortTravelOn < m.orderDate) issue('escortTravelOn', 'before the order');
        break;
      case 'release':
        if (m.reason === 'after_care' && m.afterCareOrganisation === null) issue('afterCareOrganisation', 'required for after care');
        if (m.reason === 'order' && m.orderNo === null) issue('orderNo', 'required for a release by order');
        break;
      case 'death':
        if (m.authorityInformedOn < day) issue('authorityInformedOn', 'before the death');
        break;
    }
  });
export type MovementInput = z.output<typeof movementInputSchema>;
export type MovementInputDraft = z.input<typeof movementInputSchema>;
export type MovementOf<K extends MovementKind> = Extract<MovementInput, { kind: K }>;

/** A movement as the backend returns it. `details` are the kind's fields (identifying ones null when withheld). */
export const movementSchema = z.object({
  id: z.string(),
  childId: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  at: z.string(),
  statusAfter: z.enum(CHILD_STATUSES),
  details: z.record(z.string(), z.unknown()),
  recordedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Movement = z.infer<typeof movementSchema>;

/** One step of a timeline, enough to check it. */
export interface MovementStep {
  id: string;
  kind: MovementKind;
  at: string;
}

export interface Refusal {
  /** The step the timeline breaks at. */
  id: string;
  /** Which input field to show it beside. */
  field: 'at' | 'kind';
  /** Short English, translated by the renderer (i18n/messages.ts). */
  fieldMessage: string;
  /** One plain sentence. */
  message: string;
}

export type Replay = { ok: true; status: ChildStatus; after: Map<string, ChildStatus> } | { ok: false; refusal: Refusal };

const STATUS_WORDS: Record<ChildStatus, string> = {
  present: 'present in the institution',
  on_leave: 'on leave',
  runaway: 'away (ran away)',
  transferred: 'transferred out',
  restored: 'restored to family',
  released: 'released',
  died: 'dead',
};

/** Steps in the order they happened; two at the same minute keep the order they were recorded in (ids are time-ordered). */
export function inTimeOrder<S extends MovementStep>(steps: readonly S[]): S[] {
  return [...steps].sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : Date.parse(a.at) - Date.parse(b.at)));
}

/**
 * Replays a child's movements from the admission and says where the timeline breaks, in words
 * a clerk can act on ("there is no runaway to return from"), or the status it leads to.
 */
export function replayMovements(admittedAt: string, steps: readonly MovementStep[]): Replay {
  const ordered = inTimeOrder(steps);
  const after = new Map<string, ChildStatus>();
  let status: ChildStatus = 'present';
  let last: MovementStep | null = null;
  for (const [i, step] of ordered.entries()) {
    const when = formatDateTimeIst(step.at);
    if (Date.parse(step.at) < Date.parse(admittedAt)) {
      const admitted = formatDateTimeIst(admittedAt);
      return refuse(step, 'at', `before the admission (${admitted})`, `This movement (${when}) is before the child's admission (${admitted}).`);
    }
    const rule = TRANSITIONS[step.kind];
    if (!rule.from.includes(status)) return refuse(step, ...whyNot(step, status, last, ordered.slice(i + 1)));
    status = rule.to;
    after.set(step.id, status);
    last = step;
  }
  return { ok: true, status, after };
}

function refuse(step: MovementStep, field: Refusal['field'], fieldMessage: string, message: string): Replay {
  return { ok: false, refusal: { id: step.id, field, fieldMessage, message } };
}

/** The most useful explanation of an illegal step: a return recorded before its runaway reads differently from one without any. */
function whyNot(step: MovementStep, status: ChildStatus, last: MovementStep | null, later: readonly MovementStep[]): [Refusal['field'], string, string] {
  const since = last ? formatDateTimeIst(last.at) : null;
  const opener = step.kind === 'runaway_return' ? 'runaway' : step.kind === 'leave_return' ? 'leave' : null;
  if (opener) {
    const laterOpener = later.find((s) => s.kind === opener);
    const what = opener === 'runaway' ? 'runaway' : 'leave';
    if (laterOpener) {
      const at = formatDateTimeIst(laterOpener.at);
      return ['at', `before the ${what} (${at})`, `The return (${formatDateTimeIst(step.at)}) is before the ${what} it ends (${at}).`];
    }
    return ['kind', `no ${what} to return from`, `There is no ${what} to return from: at that time the child was ${STATUS_WORDS[status]}.`];
  }
  if (status === 'died') return ['at', `after the death (${since})`, `The child died on ${since}; nothing can be recorded after a death.`];
  if (step.kind === 'readmission') return ['kind', 'the child has not left', `A readmission follows a transfer, restoration or release; at that time the child was ${STATUS_WORDS[status]}.`];
  if (status === 'on_leave' || status === 'runaway') {
    return ['kind', `the child was ${STATUS_WORDS[status]}`, `At that time the child was ${STATUS_WORDS[status]} (since ${since}); record the return first.`];
  }
  return ['kind', 'the child had left', `The child had left the institution (${STATUS_WORDS[status]} on ${since}); record a readmission first.`];
}

/** A child's admission and movements, as the movements screen and the case file show them. */
export const timelineSchema = z.object({
  childId: z.string(),
  /** The admission is the child record; referredBy and orderNo are null when withheld. */
  admission: z.object({ at: z.string(), referredBy: z.string().nullable(), orderNo: z.string().nullable() }),
  status: z.enum(CHILD_STATUSES),
  movements: z.array(movementSchema),
  /** The kinds the state machine allows from the present status. */
  next: z.array(z.enum(MOVEMENT_KINDS)),
});
export type Timeline = z.infer<typeof timelineSchema>;

/**
 * One entry of the admission register: an admission or a readmission, with what happened
 * during that stay. `left` is the movement that ended the stay, if it has ended. Identifying
 * fields are null when the viewer may not see them (CCL without the right, s.74).
 */
export const admissionRegisterRowSchema = z.object({
  serial: z.number(),
  childId: z.string(),
  admissionNo: z.string(),
  entry: z.enum(['admission', 'readmission']),
  at: z.string(),
  identified: z.boolean(),
  name: z.string().nullable(),
  sex: z.string(),
  ageAtEntry: z.number().nullable(),
  ageEstimated: z.boolean(),
  category: z.enum(['CNCP', 'CCL']),
  fatherName: z.string().nullable(),
  motherName: z.string().nullable(),
  guardianName: z.string().nullable(),
  address: z.string().nullable(),
  referredBy: z.string().nullable(),
  orderNo: z.string().nullable(),
  movements: z.array(movementSchema),
  left: movementSchema.nullable(),
  status: z.enum(CHILD_STATUSES),
});
export type AdmissionRegisterRow = z.infer<typeof admissionRegisterRowSchema>;
