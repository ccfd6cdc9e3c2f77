/** The movement form's draft against the shared schema: what a clerk types, and what is refused. */
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../src/shared/api/errors';
import { movementInputSchema, MOVEMENT_KINDS, type Movement } from '../../../src/shared/domain/movement';
import { draftFromMovement, draftToInput, emptyDraft, fieldsOf, type MovementDraft } from '../../../src/renderer/movements/movement-draft';

const draft = (kind: MovementDraft['kind'], fields: Record<string, string>, date = '10-11-2026', time = '20:15'): MovementDraft => ({ kind, date, time, note: '', fields });
const parse = (d: MovementDraft) => movementInputSchema.safeParse(draftToInput(d));
const errors = (d: MovementDraft) => {
  const r = parse(d);
  return r.success ? {} : fieldErrors(r.error);
};

describe('the movement form', () => {
  it('asks for exactly the fields the schema requires, for every kind', () => {
    expect(fieldsOf('leave').map((f) => [f.name, f.widget, f.required])).toEqual([
      ['destination', 'text', true],
      ['expectedReturnOn', 'date', true],
      ['permittedBy', 'text', false],
    ]);
    expect(fieldsOf('death').filter((f) => f.required).map((f) => f.name)).toEqual(['place', 'cause', 'certifiedBy', 'policeStation', 'firGdNo', 'postMortem', 'authorityInformedOn']);
    expect(fieldsOf('release').find((f) => f.name === 'reason')).toEqual({ name: 'reason', widget: 'releaseReason', required: true });
    expect(fieldsOf('leave_return')).toEqual([]);
    // An empty draft of any kind is refused on exactly its required fields (and nothing else).
    for (const kind of MOVEMENT_KINDS) {
      const required = fieldsOf(kind).filter((f) => f.required).map((f) => f.name).sort();
      expect(Object.keys(errors(draft(kind, {}))).sort(), kind).toEqual(required);
    }
  });

  it('reads dd-mm-yyyy dates and an IST time into the stored shapes', () => {
    const r = parse(draft('runaway', { policeInformed: 'yes', policeStation: 'Danapur', firGdNo: 'GD 412/2026' }));
    expect(r.success && r.data).toEqual({ kind: 'runaway', at: '2026-11-10T14:45:00.000Z', note: null, policeInformed: true, policeStation: 'Danapur', firGdNo: 'GD 412/2026', circumstances: null });
  });

  it('names each impossible date beside its field', () => {
    expect(errors(draft('leave', { destination: 'Home', expectedReturnOn: '09-11-2026' }))).toEqual({ expectedReturnOn: 'before the leave begins' });
    expect(errors(draft('leave', { destination: 'Home', expectedReturnOn: '31-02-2026' }))).toEqual({ expectedReturnOn: 'a date as dd-mm-yyyy' });
    expect(errors(draft('leave', { destination: 'Home', expectedReturnOn: '12-11-2026' }, '32-11-2026'))).toEqual({ at: 'a date and time' });
    expect(errors(draft('runaway', { policeInformed: 'yes' }))).toEqual({ policeStation: 'required when the police were informed', firGdNo: 'required when the police were informed' });
    expect(errors(draft('runaway', { policeInformed: '' }))).toEqual({ policeInformed: 'choose yes or no' });
    const restoration = { restoredTo: 'Ramesh', relationship: 'Father', address: 'Rampur', orderedBy: 'CWC Patna', orderNo: '301', orderDate: '08-11-2026', reason: 'Family traced' };
    expect(errors(draft('restoration', { ...restoration, escortOfficer: 'Meena' }))).toEqual({ escortTo: 'required with an escort', escortTravelOn: 'required with an escort' });
    expect(errors(draft('restoration', { ...restoration, escortOfficer: 'Meena', escortTo: 'Danapur', escortTravelOn: '07-11-2026' }))).toEqual({ escortTravelOn: 'before the order' });
    expect(errors(draft('restoration', { ...restoration, orderDate: '11-11-2026' }))).toEqual({ orderDate: 'the order is dated after the movement' });
    expect(errors(draft('release', { reason: 'after_care' }))).toEqual({ afterCareOrganisation: 'required for after care' });
    expect(errors(draft('release', { reason: 'order' }))).toEqual({ orderNo: 'required for a release by order' });
    const death = { place: 'Hospital', cause: 'Fever', certifiedBy: 'Dr Rao', policeStation: 'Kotwali', firGdNo: 'GD 1', postMortem: 'no', authorityInformedOn: '09-11-2026' };
    expect(errors(draft('death', death))).toEqual({ authorityInformedOn: 'before the death' });
    expect(errors(draft('', {}))).toHaveProperty('kind');
  });

  it('turns a stored movement back into the draft it came from', () => {
    const d = draft('restoration', { restoredTo: 'रामेश्वर प्रसाद', relationship: 'Father', address: 'Rampur', orderedBy: 'CWC Patna', orderNo: '301', orderDate: '08-11-2026', reason: 'Family traced', escortOfficer: 'Meena', escortTo: 'Danapur', escortTravelOn: '10-11-2026' });
    const input = movementInputSchema.parse(draftToInput(d));
    const { kind, at, ...details } = input;
    const stored: Movement = { id: 'm1', childId: 'c1', kind, at, details, statusAfter: 'restored', recordedBy: 'asha', createdAt: at, updatedAt: at };
    const again = draftFromMovement(stored);
    expect(movementInputSchema.parse(draftToInput(again))).toEqual(input);
    expect(again.fields['orderDate']).toBe('08-11-2026');
    expect(draftFromMovement({ ...stored, kind: 'runaway', details: { policeInformed: false, policeStation: null, firGdNo: null, circumstances: null, note: null } }).fields['policeInformed']).toBe('no');
  });

  it('starts a new movement today, now, in IST', () => {
    expect(emptyDraft('leave', new Date('2026-11-28T19:00:00Z'))).toEqual({ kind: 'leave', date: '29-11-2026', time: '00:30', note: '', fields: {} });
  });
});
