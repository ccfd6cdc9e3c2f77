/**
 * One case-file form: its fields from the shared specs, checked with the shared schema before
 * anything is sent, saved in one call (the backend checks again and saves all or nothing).
 * Enter saves, Esc cancels; the server's field messages land beside the fields.
 */
import { useState } from 'react';
import type { z } from 'zod';
import type { FieldSpec } from '../../shared/domain/casefile-fields';
import { Form } from '../ui/Form';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { SaveCancel } from './form-bits';
import { SpecFields } from './SpecFields';
import type { SpecLabels } from './labels';
import { draftToValues, valuesToDraft, type Draft } from './spec-draft';

interface Props {
  /** The form's accessible name. */
  label: string;
  specs: readonly FieldSpec[];
  initial: Record<string, unknown> | null;
  schema: z.ZodType;
  save: (values: Record<string, unknown>) => Promise<void>;
  onDone: () => void;
  onCancel: () => void;
  /** Where the form sits in the method's input (`values`), so server messages find their fields. */
  serverPrefix: string;
  entryKind?: string;
  submitLabel?: string;
  labels?: SpecLabels;
}

export function SpecForm({ label, specs, initial, schema, save, onDone, onCancel, serverPrefix, entryKind, submitLabel, labels }: Props) {
  const [draft, setDraft] = useState<Draft>(() => valuesToDraft(specs, initial));
  const form = useFormStatus();

  async function submit() {
    const values = form.check(schema, draftToValues(specs, draft)) as Record<string, unknown> | undefined;
    if (!values) return;
    if (await form.submit(() => save(values), serverPrefix)) onDone();
  }

  return (
    <Form className="spec-form" onSubmit={submit} onCancel={onCancel} aria-label={label}>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <SpecFields specs={specs} draft={draft} onChange={(key, v) => setDraft((d) => ({ ...d, [key]: v }))} error={form.fieldError} entryKind={entryKind} autoFocus labels={labels} />
      <SaveCancel busy={form.busy} onCancel={onCancel} submitLabel={submitLabel} />
    </Form>
  );
}
