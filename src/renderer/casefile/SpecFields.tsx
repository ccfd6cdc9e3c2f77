/**
 * The fields of a case-file form, drawn from its shared field specs: the same labels, order
 * and limits everywhere a form appears (a Form 43 section, a check-up, a part of Form 7).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../../shared/domain/casefile-fields';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/fields';
import { CASEFILE_LABELS, type SpecLabels } from './labels';
import type { Draft, DraftValue } from './spec-draft';

interface Props {
  specs: readonly FieldSpec[];
  draft: Draft;
  onChange: (key: string, value: DraftValue) => void;
  /** The translated message for a field, if it has one. */
  error: (key: string) => string | undefined;
  /** For entries, whose `date` field is labelled by kind ("Date of check-up"). */
  entryKind?: string;
  autoFocus?: boolean;
  labels?: SpecLabels;
}

export function SpecFields({ specs, draft, onChange, error, entryKind, autoFocus, labels = CASEFILE_LABELS }: Props) {
  const { t } = useTranslation();
  const optional = t('common.optional');
  return (
    <>
      {specs.map((f, i) => {
        const label = labels.field(t, f.key, entryKind);
        const focus = autoFocus && i === 0;
        const text = typeof draft[f.key] === 'string' ? (draft[f.key] as string) : '';
        const set = (v: DraftValue) => onChange(f.key, v);
        const shown = 'required' in f && f.required ? label : `${label} ${optional}`;
        switch (f.kind) {
          case 'text':
            return <TextField key={f.key} label={shown} value={text} onChange={set} error={error(f.key)} dir="auto" autoFocus={focus} />;
          case 'longText':
            return <TextAreaField key={f.key} label={shown} value={text} onChange={set} error={error(f.key)} dir="auto" rows={3} autoFocus={focus} />;
          case 'number':
            return <TextField key={f.key} label={shown} value={text} onChange={set} error={error(f.key)} inputMode="decimal" className="short" autoFocus={focus} />;
          case 'date':
            return <TextField key={f.key} label={shown} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" value={text} onChange={set} error={error(f.key)} className="date" autoFocus={focus} />;
          case 'aadhaar':
            return <TextField key={f.key} label={shown} hint={t('casefile.aadhaarHint')} inputMode="numeric" spellCheck={false} value={text} onChange={set} error={error(f.key)} autoFocus={focus} />;
          case 'choice':
            return (
              <SelectField
                key={f.key}
                label={shown}
                value={text}
                onChange={set}
                options={f.options.map((o) => ({ value: o, label: labels.option(t, o, f.key) }))}
                placeholder={t('casefile.notChosen')}
                error={error(f.key)}
                autoFocus={focus}
              />
            );
          case 'check':
            return <CheckboxField key={f.key} label={label} checked={draft[f.key] === true} onChange={set} error={error(f.key)} />;
          case 'multi':
            return <MultiChoice key={f.key} label={shown} options={f.options.map((o) => ({ value: o, label: labels.option(t, o, f.key) }))} value={Array.isArray(draft[f.key]) ? (draft[f.key] as string[]) : []} onChange={set} error={error(f.key)} />;
        }
      })}
    </>
  );
}

function MultiChoice({ label, options, value, onChange, error }: { label: string; options: readonly { value: string; label: string }[]; value: string[]; onChange: (v: string[]) => void; error: string | undefined }) {
  const errorId = useId();
  return (
    <fieldset className={error ? 'choices field-invalid' : 'choices'} aria-describedby={error ? errorId : undefined}>
      <legend>{label}</legend>
      {options.map((o) => (
        <CheckboxField key={o.value} label={o.label} checked={value.includes(o.value)} onChange={(on) => onChange(on ? [...value, o.value] : value.filter((x) => x !== o.value))} />
      ))}
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </fieldset>
  );
}
