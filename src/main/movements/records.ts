/**
 * A movement as stored, as the journal records it (its "image", which sync carries and audit
 * verify compares), and as one viewer may see it.
 */
import { IDENTIFYING_FIELDS, TRANSITIONS, type Movement, type MovementInput, type MovementKind } from '../../shared/domain/movement';

export interface MovementDbRow {
  id: string;
  child_id: string;
  kind: string;
  at: string;
  details: string;
  recorded_by: string;
  created_at: string;
  updated_at: string;
}

export interface MovementImage {
  id: string;
  childId: string;
  kind: MovementKind;
  at: string;
  details: Record<string, unknown>;
  recordedBy: string;
  createdAt: string;
  updatedAt: string;
}

export function movementImage(r: MovementDbRow): MovementImage {
  return {
    id: r.id,
    childId: r.child_id,
    kind: r.kind as MovementKind,
    at: r.at,
    details: JSON.parse(r.details) as Record<string, unknown>,
    recordedBy: r.recorded_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The kind's own fields and the note: everything of the input but its kind and time. */
export function detailsOf(input: MovementInput): Record<string, unknown> {
  const { kind: _kind, at: _at, ...details } = input;
  return details;
}

/** The stored movement for one viewer; `hidden` (a CCL child without the right to see it) withholds what could identify the family. */
export function movementView(image: MovementImage, hidden: boolean): Movement {
  const details = hidden ? Object.fromEntries(Object.entries(image.details).map(([k, v]) => [k, (IDENTIFYING_FIELDS as readonly string[]).includes(k) ? null : v])) : image.details;
  return { ...image, details, statusAfter: TRANSITIONS[image.kind].to };
}
