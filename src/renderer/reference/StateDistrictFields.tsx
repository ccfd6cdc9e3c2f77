import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/fields';
import { districtsOf, nameOptions } from './place-options';
import { useStates } from './states';

interface Props {
  state: string;
  district: string;
  /** Choosing another state clears the district, which belonged to the old one. */
  onChange: (place: { state: string; district: string }) => void;
  stateLabel: string;
  districtLabel: string;
  stateError?: string | undefined;
  districtError?: string | undefined;
}

export function StateDistrictFields({ state, district, onChange, stateLabel, districtLabel, stateError, districtError }: Props) {
  const { t } = useTranslation();
  const states = useStates();
  const districts = districtsOf(states, state);
  return (
    <>
      <SelectField
        label={stateLabel}
        value={state}
        onChange={(s) => onChange({ state: s, district: s === state ? district : '' })}
        options={nameOptions(
          states.map((s) => s.name),
          state,
        )}
        placeholder={t('institution.chooseState')}
        error={stateError}
      />
      <SelectField
        label={districtLabel}
        value={district}
        onChange={(d) => onChange({ state, district: d })}
        options={nameOptions(districts, district)}
        placeholder={state ? t('institution.chooseDistrict') : t('institution.chooseStateFirst')}
        error={districtError}
      />
    </>
  );
}
