/**
 * Labelled form controls. Each control has a real <label>, its hint and error are tied to it
 * with aria-describedby, and an error sets aria-invalid — so screen readers and Playwright's
 * getByLabel find fields by the words a clerk sees.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface Common {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

function useDescribed(hint?: string, error?: string) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function Frame({ id, label, hint, hintId, error, errorId, children }: Common & { id: string; hintId?: string | undefined; errorId?: string | undefined; children: ReactNode }) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}

type TextProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & { value: string; onChange: (value: string) => void; ref?: Ref<HTMLInputElement> };

export function TextField({ label, hint, error, value, onChange, ref, ...rest }: TextProps) {
  const d = useDescribed(hint, error);
  return (
    <Frame id={d.id} label={label} hint={hint} hintId={d.hintId} error={error} errorId={d.errorId}>
      <input ref={ref} id={d.id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={d.describedBy} {...rest} />
    </Frame>
  );
}

type AreaProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> & { value: string; onChange: (value: string) => void };

export function TextAreaField({ label, hint, error, value, onChange, ...rest }: AreaProps) {
  const d = useDescribed(hint, error);
  return (
    <Frame id={d.id} label={label} hint={hint} hintId={d.hintId} error={error} errorId={d.errorId}>
      <textarea id={d.id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={d.describedBy} {...rest} />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> & {
    value: string;
    onChange: (value: string) => void;
    options: readonly Option[];
    /** Shown first with value ''; omit when a choice is always made. */
    placeholder?: string;
  };

export function SelectField({ label, hint, error, value, onChange, options, placeholder, ...rest }: SelectProps) {
  const d = useDescribed(hint, error);
  return (
    <Frame id={d.id} label={label} hint={hint} hintId={d.hintId} error={error} errorId={d.errorId}>
      <select id={d.id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={d.describedBy} {...rest}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

type CheckProps = Omit<Common, 'hint'> & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'checked' | 'id' | 'type'> & { checked: boolean; onChange: (checked: boolean) => void };

export function CheckboxField({ label, error, checked, onChange, ...rest }: CheckProps) {
  const d = useDescribed(undefined, error);
  return (
    <div className={error ? 'field field-check field-invalid' : 'field field-check'}>
      <input id={d.id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-invalid={error ? true : undefined} aria-describedby={d.describedBy} {...rest} />
      <label htmlFor={d.id}>{label}</label>
      {error && (
        <span className="field-error" id={d.errorId}>
          {error}
        </span>
      )}
    </div>
  );
}

type FileProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id' | 'type'> & { onChange: (file: File | null) => void };

/** A file chooser with the same label, hint and error as the other fields; the caller keeps the file. */
export function FileField({ label, hint, error, onChange, ...rest }: FileProps) {
  const d = useDescribed(hint, error);
  return (
    <Frame id={d.id} label={label} hint={hint} hintId={d.hintId} error={error} errorId={d.errorId}>
      <input id={d.id} type="file" onChange={(e) => onChange(e.target.files?.[0] ?? null)} aria-invalid={error ? true : undefined} aria-describedby={d.describedBy} {...rest} />
    </Frame>
  );
}
