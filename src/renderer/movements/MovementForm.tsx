/**
 * Record or correct one movement. The kinds offered are those the state machine allows from
 * the child's present status (a correction keeps its own); the fields are the kind's own
 * (from the shared schema), checked with movementInputSchema before anything is sent, and the
 * backend's refusals ("there is no runaway to return from") land beside the field they concern.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { movementInputSchema, RELEASE_REASONS, type Movement, type MovementKind, type Timeline } from '../../shared/domain/movement';
import { api } from '../api';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { Form } from '../ui/Form';
import { FormButtons } from '../ui/FormButtons';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { draftFromMovement, draftToInput, emptyDraft, fieldsOf, type FieldSpec, type MovementDraft } from './movement-draft';

interface Props {
  childId: string;
  /** Kinds the child's status allows next. */
  next: readonly MovementKind[];
  /** The movement being corrected, if any. */
  editing: Movement | null;
  onSaved: (timeline: Timeline) => void;
  onCancel: () => void;
}

export function MovementForm({ childId, next, editing, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MovementDraft>(() => (editing ? draftFromMovement(editing) : emptyDraft(next.length === 1 ? next[0]! : '')));
  const form = useFormStatus();
  const err = form.fieldError;
  const optional = t('common.optional');
  const kinds = editing ? [...new Set([editing.kind, ...next])] : next;
  const setField = (name: string, value: string) => setDraft((d) => ({ ...d, fields: { ...d.fields, [name]: value } }));

  async function save() {
    const movement = form.check(movementInputSchema, draftToInput(draft));
    if (!movement) return;
    await form.submit(async () => onSaved(editing ? await api.call('movements.update', { id: editing.id, movement }) : await api.call('movements.record', { childId, movement })), 'movement');
  }

  function field({ name, widget, required }: FieldSpec) {
    const label = `${t(`movements.field.${widget === 'releaseReason' ? 'releaseReason' : name}` as 'movements.field.reason')}${required ? '' : ` ${optional}`}`;
    const value = draft.fields[name] ?? '';
    const common = { label, value, onChange: (v: string) => setField(name, v), error: err(name) };
    if (widget === 'yesNo') {
      return <SelectField key={name} {...common} options={[{ value: 'yes', label: t('movements.yes') }, { value: 'no', label: t('movements.no') }]} placeholder={t('movements.chooseKind')} />;
    }
    if (widget === 'releaseReason') {
      // "Not recorded" exists only for data kept before movements; nobody records it now.
      const reasons = RELEASE_REASONS.filter((r) => r !== 'not_recorded' || value === r);
      return <SelectField key={name} {...common} options={reasons.map((r) => ({ value: r, label: t(`movements.reason.${r}`) }))} placeholder={t('movements.chooseKind')} />;
    }
    if (widget === 'long') return <TextAreaField key={name} {...common} rows={2} />;
    if (widget === 'date') return <TextField key={name} {...common} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" className="short" />;
    return <TextField key={name} {...common} />;
  }

  const specs = draft.kind ? fieldsOf(draft.kind) : [];
  const escortAt = specs.findIndex((s) => s.name.startsWith('escort'));
  const title = editing ? t('movements.editTitle') : t('movements.recordTitle');
  return (
    <Form className="movement-form" onSubmit={save} onCancel={onCancel} aria-label={title}>
      <h3>{title}</h3>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <div className="movement-when">
        <SelectField
          label={t('movements.kindLabel')}
          value={draft.kind}
          onChange={(kind) => setDraft((d) => ({ ...d, kind: kind as MovementKind | '', fields: {} }))}
          options={kinds.map((k) => ({ value: k, label: t(`movements.kind.${k}`) }))}
          placeholder={t('movements.chooseKind')}
          error={err('kind')}
          autoFocus
        />
        <TextField label={t('movements.date')} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" value={draft.date} onChange={(date) => setDraft((d) => ({ ...d, date }))} error={err('at')} className="short" />
        <TextField label={t('movements.time')} hint={t('common.timeHint')} placeholder="hh:mm" inputMode="numeric" value={draft.time} onChange={(time) => setDraft((d) => ({ ...d, time }))} className="short" />
      </div>
      {specs.length > 0 && (
        <fieldset>
          <legend>{t(`movements.kind.${draft.kind as MovementKind}`)}</legend>
          {(escortAt < 0 ? specs : specs.slice(0, escortAt)).map(field)}
        </fieldset>
      )}
      {escortAt >= 0 && (
        <fieldset>
          <legend>{t('movements.escort')}</legend>
          {specs.slice(escortAt).map(field)}
        </fieldset>
      )}
      <TextAreaField label={`${t('movements.note')} ${optional}`} value={draft.note} onChange={(note) => setDraft((d) => ({ ...d, note }))} error={err('note')} rows={2} />
      <FormButtons label={t('movements.save')} busy={form.busy} onCancel={onCancel} />
    </Form>
  );
}
