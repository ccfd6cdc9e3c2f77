/**
 * The particulars of a case as form fields: FIR/DD/GD, police station, sections with their
 * law, the offence class with what it means, the offence date, apprehension (or, for the
 * Committee, taking charge) and first production as date and time — with the 24-hour check
 * worked out as they are typed — the officers, and for the Committee the ground under s.38.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ADOPTION_GROUNDS, OFFENCE_CLASSES, productionCheck, type Authority } from '../../shared/domain/jj-case';
import { parseDateTimeIst } from '../../shared/util/dates';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { duration } from './labels';
import type { ParticularsDraft } from './particulars-draft';

interface Props {
  authority: Authority;
  draft: ParticularsDraft;
  onChange: (d: ParticularsDraft) => void;
  error: (key: string) => string | undefined;
}

export function ParticularsFields({ authority, draft, onChange, error }: Props) {
  const { t } = useTranslation();
  const optional = t('common.optional');
  const set = (key: keyof ParticularsDraft, v: ParticularsDraft[keyof ParticularsDraft]) => onChange({ ...draft, [key]: v });
  const text = (key: Exclude<keyof ParticularsDraft, 'apprehendedAt' | 'firstProducedAt'>, opts: { required?: boolean; className?: string; hint?: string } = {}) => (
    <TextField
      key={key}
      label={opts.required ? t(`cases.field.${key}`) : `${t(`cases.field.${key}`)} ${optional}`}
      value={draft[key]}
      onChange={(v) => set(key, v)}
      error={error(key)}
      dir="auto"
      className={opts.className}
      hint={opts.hint}
      {...(opts.className === 'date' ? { placeholder: 'dd-mm-yyyy', inputMode: 'numeric' as const, hint: t('common.dateHint') } : {})}
    />
  );
  const instant = (key: 'apprehendedAt' | 'firstProducedAt', label: string): ReactNode => (
    <fieldset className="date-time" key={key}>
      <legend>{`${label} ${optional}`}</legend>
      <TextField label={t('cases.date')} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" className="date" value={draft[key].date} onChange={(v) => set(key, { ...draft[key], date: v })} error={error(key)} />
      <TextField label={t('cases.time')} hint={t('common.timeHint')} placeholder="hh:mm" inputMode="numeric" className="short" value={draft[key].time} onChange={(v) => set(key, { ...draft[key], time: v })} />
    </fieldset>
  );
  const jjb = authority === 'jjb';
  return (
    <>
      {text('caseNo', { required: true })}
      <div className="field-row">
        {text('firNo')}
        {text('firDate', { className: 'date' })}
      </div>
      <div className="field-row">
        {text('ddNo')}
        {text('ddDate', { className: 'date' })}
      </div>
      <div className="field-row">
        {text('gdNo')}
        {text('gdDate', { className: 'date' })}
      </div>
      {text('policeStation')}
      {text('sections')}
      {jjb && (
        <>
          <SelectField
            label={t('cases.field.offenceClass')}
            value={draft.offenceClass}
            onChange={(v) => set('offenceClass', v)}
            options={OFFENCE_CLASSES.map((c) => ({ value: c, label: t(`cases.option.offenceClass.${c}`) }))}
            placeholder={t('casefile.notChosen')}
            error={error('offenceClass')}
            hint={t('cases.offenceExplain.hint')}
          />
          <ul className="hint offence-classes">
            {OFFENCE_CLASSES.map((c) => (
              <li key={c} className={draft.offenceClass === c ? 'chosen' : undefined}>
                {t(`cases.offenceExplain.${c}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {text('offenceDate', { className: 'date' })}
      {instant('apprehendedAt', jjb ? t('cases.field.apprehendedAt') : t('cases.field.takenChargeAt'))}
      {instant('firstProducedAt', t('cases.field.firstProducedAt'))}
      {text('journeyHours', { className: 'short' })}
      <ProductionLine draft={draft} />
      {text(jjb ? 'investigatingOfficer' : 'welfareOfficer')}
      {jjb && text('welfareOfficer')}
      {text('probationOfficer')}
      {jjb && text('legalAid')}
      {!jjb && (
        <SelectField
          label={`${t('cases.field.adoptionGround')} ${optional}`}
          value={draft.adoptionGround}
          onChange={(v) => set('adoptionGround', v)}
          options={ADOPTION_GROUNDS.map((g) => ({ value: g, label: t(`cases.option.adoptionGround.${g}`) }))}
          placeholder={t('casefile.notChosen')}
          error={error('adoptionGround')}
        />
      )}
      <TextAreaField label={`${t('cases.field.notes')} ${optional}`} value={draft.notes} onChange={(v) => set('notes', v)} error={error('notes')} rows={2} dir="auto" />
    </>
  );
}

/** The 24-hour check, worked out from what is typed so far. */
function ProductionLine({ draft }: { draft: ParticularsDraft }) {
  const from = parseDateTimeIst(`${draft.apprehendedAt.date} ${draft.apprehendedAt.time}`);
  const to = parseDateTimeIst(`${draft.firstProducedAt.date} ${draft.firstProducedAt.time}`);
  if (!from || !to || to < from || draft.apprehendedAt.time === '' || draft.firstProducedAt.time === '') return null;
  const hours = Number(draft.journeyHours.replace(',', '.'));
  return <ProductionCheckText check={productionCheck(from, to, Number.isFinite(hours) && hours > 0 ? hours : null)} />;
}

export function ProductionCheckText({ check }: { check: ReturnType<typeof productionCheck> }) {
  const { t } = useTranslation();
  const elapsed = duration(t, check.elapsedMinutes);
  const journey = check.elapsedMinutes - check.countedMinutes;
  return (
    <p className={check.within ? 'message message-ok' : 'message message-error'} role="status" data-testid="production-check">
      {check.within ? t('cases.production.within', { elapsed }) : t('cases.production.late', { elapsed, late: duration(t, check.lateMinutes) })}
      {journey > 0 && ` ${t('cases.production.journey', { journey: duration(t, journey) })}`}
    </p>
  );
}
