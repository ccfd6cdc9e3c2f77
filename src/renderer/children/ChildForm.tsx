/**
 * Admit a child, or edit one. Fields follow the order of a paper admission register; the form
 * is validated with the same childInputSchema as the backend before anything is sent.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childInputSchema, type Child } from '../../shared/domain/child';
import { api } from '../api';
import { StateDistrictFields } from '../reference/StateDistrictFields';
import { navigate, type Route } from '../shell/router';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/fields';
import { Form } from '../ui/Form';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { draftFromChild, draftToInput, emptyDraft, type ChildDraft } from './child-draft';
import { categoryOptions, sexOptions } from './options';
import { PhotoInput, useAddPhoto } from './PhotoInput';

export function ChildForm({ child }: { child?: Child }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ChildDraft>(() => (child ? draftFromChild(child) : emptyDraft()));
  // Set once the child exists: a retry after a failed photo upload must not admit twice.
  const [savedId, setSavedId] = useState<string | null>(child?.id ?? null);
  const [photo, setPhoto] = useState<File | null>(null);
  const addPhoto = useAddPhoto();
  const form = useFormStatus();
  const err = form.fieldError;
  const set = (patch: Partial<ChildDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const bind = (key: Exclude<keyof ChildDraft, 'ageEstimated'>) => ({ value: draft[key], onChange: (v: string) => set({ [key]: v }) });
  const leave: Route = savedId ? { area: 'child', id: savedId } : { area: 'children' };

  async function save() {
    const input = form.check(childInputSchema, draftToInput(draft));
    if (!input) return;
    let id = savedId;
    const saved = await form.submit(
      async () => {
        const result = id ? await api.call('children.update', { id, child: input }) : await api.call('children.admit', input);
        id = result.id;
        setSavedId(id);
      },
      savedId ? 'child' : '',
    );
    if (!saved || !id) return;
    if (photo && !(await addPhoto.send(id, photo))) return;
    navigate({ area: 'child', id });
  }

  const optional = t('common.optional');
  const dateHint = t('common.dateHint');
  const title = child ? t('childForm.editTitle', { admissionNo: child.admissionNo }) : t('childForm.admitTitle');
  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="hint">{t('childForm.keys')}</p>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <ErrorMessage>{addPhoto.error && t('childForm.photoFailed', { reason: addPhoto.error })}</ErrorMessage>
      <Form className="child-form" onSubmit={save} onCancel={() => navigate(leave)} aria-label={title}>
        <fieldset>
          <legend>{t('child.sectionIdentity')}</legend>
          <p className="hint">{t('childForm.namesAsEntered')}</p>
          <TextField label={t('child.field.admissionNo')} {...bind('admissionNo')} error={err('admissionNo')} autoFocus={!child} spellCheck={false} />
          <TextField label={t('child.field.name')} {...bind('name')} error={err('name')} dir="auto" autoFocus={!!child} />
          <TextField label={`${t('child.field.aliases')} ${optional}`} hint={t('common.listHint')} {...bind('aliases')} error={err('aliases')} dir="auto" />
          <SelectField label={t('child.field.sex')} {...bind('sex')} options={sexOptions(t)} placeholder={t('childForm.chooseOne')} error={err('sex')} />
          <SelectField label={t('child.field.category')} {...bind('category')} options={categoryOptions(t)} placeholder={t('childForm.chooseOne')} error={err('category')} />
          <TextField label={t('child.field.dob')} hint={dateHint} placeholder="dd-mm-yyyy" inputMode="numeric" {...bind('dob')} error={err('dob')} />
          <TextField label={t('child.field.ageYears')} inputMode="numeric" {...bind('ageYears')} error={err('ageYears')} className="short" />
          <CheckboxField label={t('child.field.ageEstimated')} checked={draft.ageEstimated} onChange={(ageEstimated) => set({ ageEstimated })} />
        </fieldset>
        <fieldset>
          <legend>{t('child.sectionFamily')}</legend>
          <TextField label={`${t('child.field.fatherName')} ${optional}`} {...bind('fatherName')} error={err('fatherName')} dir="auto" />
          <TextField label={`${t('child.field.motherName')} ${optional}`} {...bind('motherName')} error={err('motherName')} dir="auto" />
          <TextField label={`${t('child.field.guardianName')} ${optional}`} {...bind('guardianName')} error={err('guardianName')} dir="auto" />
          <TextField label={`${t('child.field.village')} ${optional}`} {...bind('village')} error={err('address.village')} dir="auto" />
          <TextField label={`${t('child.field.policeStation')} ${optional}`} {...bind('policeStation')} error={err('address.policeStation')} dir="auto" />
          <StateDistrictFields
            state={draft.state}
            district={draft.district}
            onChange={set}
            stateLabel={`${t('child.field.state')} ${optional}`}
            districtLabel={`${t('child.field.district')} ${optional}`}
            stateError={err('address.state')}
            districtError={err('address.district')}
          />
          <TextField label={`${t('child.field.pin')} ${optional}`} inputMode="numeric" {...bind('pin')} error={err('address.pin')} className="short" />
        </fieldset>
        <fieldset>
          <legend>{t('child.sectionAdmission')}</legend>
          <TextField label={t('child.field.admittedDate')} hint={dateHint} placeholder="dd-mm-yyyy" inputMode="numeric" {...bind('admittedDate')} error={err('admittedAt')} />
          <TextField label={t('child.field.admittedTime')} hint={t('common.timeHint')} placeholder="hh:mm" inputMode="numeric" {...bind('admittedTime')} className="short" />
          <TextField label={`${t('child.field.referredBy')} ${optional}`} {...bind('referredBy')} error={err('referredBy')} />
          <TextField label={`${t('child.field.orderNo')} ${optional}`} {...bind('orderNo')} error={err('orderNo')} />
        </fieldset>
        <fieldset>
          <legend>{t('child.sectionDescription')}</legend>
          <TextAreaField label={`${t('child.field.identificationMarks')} ${optional}`} {...bind('identificationMarks')} error={err('identificationMarks')} rows={3} />
          <TextField label={`${t('child.field.languages')} ${optional}`} hint={t('common.listHint')} {...bind('languages')} error={err('languages')} />
          <TextField label={`${t('child.field.heightCm')} ${optional}`} inputMode="decimal" {...bind('heightCm')} error={err('heightCm')} className="short" />
          <TextField label={`${t('child.field.weightKg')} ${optional}`} inputMode="decimal" {...bind('weightKg')} error={err('weightKg')} className="short" />
          <PhotoInput onChange={setPhoto} />
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy || addPhoto.busy}>
            {form.busy || addPhoto.busy ? t('common.saving') : child ? t('childForm.submitEdit') : t('childForm.submitAdmit')}
          </button>
          <button type="button" onClick={() => navigate(leave)}>
            {t('common.cancel')}
          </button>
        </div>
      </Form>
      {form.banner === null && addPhoto.busy && <p role="status">{t('childForm.photoPreparing')}</p>}
    </section>
  );
}
