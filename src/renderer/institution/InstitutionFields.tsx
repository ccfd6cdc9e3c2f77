/** The institution's details: used by the setup wizard and by Settings. */
import { useTranslation } from 'react-i18next';
import { INSTITUTION_TYPES } from '../../shared/domain/institution';
import { StateDistrictFields } from '../reference/StateDistrictFields';
import { SelectField, TextAreaField, TextField } from '../ui/fields';

export interface InstitutionDraft {
  name: string;
  type: string;
  registrationNo: string;
  state: string;
  district: string;
  address: string;
}

export const emptyInstitution: InstitutionDraft = { name: '', type: '', registrationNo: '', state: '', district: '', address: '' };

interface Props {
  value: InstitutionDraft;
  onChange: (patch: Partial<InstitutionDraft>) => void;
  fieldError: (path: string) => string | undefined;
}

export function InstitutionFields({ value, onChange, fieldError }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('institution.name')} value={value.name} onChange={(name) => onChange({ name })} error={fieldError('name')} autoComplete="organization" />
      <SelectField
        label={t('institution.type')}
        value={value.type}
        onChange={(type) => onChange({ type })}
        options={INSTITUTION_TYPES.map((v) => ({ value: v, label: t(`institutionType.${v}`) }))}
        placeholder={t('institution.chooseType')}
        error={fieldError('type')}
      />
      <TextField
        label={`${t('institution.registrationNo')} ${t('common.optional')}`}
        value={value.registrationNo}
        onChange={(registrationNo) => onChange({ registrationNo })}
        error={fieldError('registrationNo')}
      />
      <StateDistrictFields
        state={value.state}
        district={value.district}
        onChange={onChange}
        stateLabel={t('institution.state')}
        districtLabel={t('institution.district')}
        stateError={fieldError('state')}
        districtError={fieldError('district')}
      />
      <TextAreaField
        label={`${t('institution.address')} ${t('common.optional')}`}
        value={value.address}
        onChange={(address) => onChange({ address })}
        error={fieldError('address')}
        rows={3}
      />
    </>
  );
}
