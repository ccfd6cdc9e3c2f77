import { describe, expect, it } from 'vitest';
import { draftFromChild, draftToInput, emptyDraft, splitList, type ChildDraft } from '../../../src/renderer/children/child-draft';
import { childInputSchema, type Child } from '../../../src/shared/domain/child';
import { fieldErrors } from '../../../src/shared/api/errors';

const filled: ChildDraft = {
  ...emptyDraft(new Date('2024-03-05T10:00:00Z')),
  admissionNo: 'CH/2024/17',
  name: 'सुनीता कुमारी',
  aliases: 'Sunita; Munni, ',
  sex: 'female',
  dob: '07-08-2012',
  category: 'CNCP',
  admittedTime: '09:30',
  pin: '800001',
  state: 'Bihar',
  district: 'Patna',
  languages: 'Hindi, Bhojpuri',
  heightCm: '132.5',
};

describe('the admit/edit form draft', () => {
  it('starts with today and now in IST', () => {
    const d = emptyDraft(new Date('2024-03-05T20:00:00Z')); // 01:30 on the 6th in IST
    expect(d.admittedDate).toBe('06-03-2024');
    expect(d.admittedTime).toBe('01:30');
  });

  it('splits lists on commas and semicolons', () => {
    expect(splitList(' a, b ;c،d ,, ')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('becomes a valid childInputSchema input, names untouched', () => {
    const r = childInputSchema.safeParse(draftToInput(filled));
    expect(r.success, JSON.stringify(!r.success && r.error.issues)).toBe(true);
    if (!r.success) return;
    expect(r.data.name).toBe('सुनीता कुमारी');
    expect(r.data.aliases).toEqual(['Sunita', 'Munni']);
    expect(r.data.dob).toBe('2012-08-07');
    expect(r.data.admittedAt).toBe('2024-03-05T04:00:00.000Z'); // 09:30 IST
    expect(r.data.address).toEqual({ village: null, policeStation: null, district: 'Patna', state: 'Bihar', pin: '800001' });
    expect(r.data.heightCm).toBe(132.5);
  });

  it('lets the schema word the errors for unreadable text', () => {
    const r = childInputSchema.safeParse(draftToInput({ ...filled, dob: '31-02-2012', ageYears: 'ten', admittedDate: 'soon', pin: '12' }));
    expect(r.success).toBe(false);
    if (r.success) return;
    const f = fieldErrors(r.error);
    expect(f['dob']).toBe('a date as dd-mm-yyyy');
    expect(f['ageYears']).toBe('a number of years');
    expect(f['admittedAt']).toBe('a date and time');
    expect(f['address.pin']).toBe('six digits');
  });

  it('asks to choose sex and category when none is chosen', () => {
    const r = childInputSchema.safeParse(draftToInput({ ...filled, sex: '', category: '' }));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(fieldErrors(r.error)).toMatchObject({ sex: 'choose one', category: 'choose one' });
  });

  it('round-trips a stored child', () => {
    const input = childInputSchema.parse(draftToInput(filled));
    const child: Child = { ...input, id: 'c1', identified: true, status: 'present', photos: [], createdAt: '', updatedAt: '' };
    const again = draftFromChild(child);
    expect(again.dob).toBe('07-08-2012');
    expect(again.admittedDate).toBe('05-03-2024');
    expect(again.admittedTime).toBe('09:30');
    expect(again.aliases).toBe('Sunita, Munni');
    expect(childInputSchema.parse(draftToInput(again))).toEqual(input);
  });
});
