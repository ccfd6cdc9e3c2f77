/**
 * A form with one field for a full path on this computer (a USB folder or a package file)
 * and one button: how every "write to / read from the USB drive" step asks for its place.
 */
import type { ReactNode } from 'react';
import { Form } from '../ui/Form';
import { TextField } from '../ui/fields';

interface Props {
  title: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  submitLabel: ReactNode;
  busy?: boolean;
  onSubmit: () => void | Promise<void>;
}

export function PathForm({ title, label, hint, value, onChange, error, submitLabel, busy = false, onSubmit }: Props) {
  return (
    <Form onSubmit={onSubmit} aria-label={title}>
      <TextField label={label} hint={hint} value={value} onChange={onChange} error={error} className="mono path" spellCheck={false} autoComplete="off" disabled={busy} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
