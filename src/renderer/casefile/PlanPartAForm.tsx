/**
 * Form 7 Part A as one form: the child's details for the plan, then the ten need areas, each
 * a list of concerns with the proposed intervention, the person responsible and a target date.
 * Saved whole, as one new version of the plan.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_AREAS, PLAN_DETAILS_FIELDS, PLAN_ITEM_FIELDS, partSchema, type CarePlan, type NeedArea } from '../../shared/domain/care-plan';
import type { ChildDates } from '../../shared/domain/casefile-fields';
import { Form } from '../ui/Form';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { SaveCancel } from './form-bits';
import { fieldLabel } from './labels';
import { savePlanPart, type PlanSaver } from './plan-save';
import { SpecFields } from './SpecFields';
import { draftToValues, valuesToDraft, type Draft } from './spec-draft';

interface Props {
  partA: CarePlan['partA'];
  dates: ChildDates;
  saver: PlanSaver;
  onDone: () => void;
  onCancel: () => void;
}

export function PlanPartAForm({ partA, dates, saver, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [details, setDetails] = useState<Draft>(() => valuesToDraft(PLAN_DETAILS_FIELDS, partA.details));
  const [areas, setAreas] = useState<Record<NeedArea, Draft[]>>(
    () => Object.fromEntries(NEED_AREAS.map((a) => [a, (partA.areas[a] ?? []).map((item) => valuesToDraft(PLAN_ITEM_FIELDS, item))])) as Record<NeedArea, Draft[]>,
  );
  const form = useFormStatus();
  const setItem = (area: NeedArea, index: number, key: string, v: Draft[string]) =>
    setAreas((all) => ({ ...all, [area]: all[area].map((d, i) => (i === index ? { ...d, [key]: v } : d)) }));

  async function submit() {
    const input = {
      details: draftToValues(PLAN_DETAILS_FIELDS, details),
      areas: Object.fromEntries(NEED_AREAS.map((a) => [a, areas[a].map((d) => draftToValues(PLAN_ITEM_FIELDS, d))])),
    };
    const data = form.check(partSchema('A', dates), input);
    if (!data) return;
    if (await form.submit(() => savePlanPart(saver, 'A', data), 'data')) onDone();
  }

  return (
    <Form className="spec-form plan-a-form" onSubmit={submit} onCancel={onCancel} aria-label={t('casefile.plan.partA')}>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <fieldset>
        <legend>{t('casefile.plan.details')}</legend>
        <SpecFields specs={PLAN_DETAILS_FIELDS} draft={details} onChange={(k, v) => setDetails((d) => ({ ...d, [k]: v }))} error={(k) => form.fieldError(`details.${k}`)} autoFocus />
      </fieldset>
      {NEED_AREAS.map((area) => (
        <fieldset key={area} className="plan-area">
          <legend>{fieldLabel(t, area)}</legend>
          {areas[area].map((item, i) => (
            <div className="plan-item" key={i} role="group" aria-label={t('casefile.plan.concernN', { n: i + 1, area: fieldLabel(t, area) })}>
              <SpecFields specs={PLAN_ITEM_FIELDS} draft={item} onChange={(k, v) => setItem(area, i, k, v)} error={(k) => form.fieldError(`areas.${area}.${i}.${k}`)} />
              <button type="button" className="link" onClick={() => setAreas((all) => ({ ...all, [area]: all[area].filter((_, j) => j !== i) }))}>
                {t('casefile.plan.removeConcern')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setAreas((all) => ({ ...all, [area]: [...all[area], valuesToDraft(PLAN_ITEM_FIELDS, null)] }))}>
            {t('casefile.plan.addConcern', { area: fieldLabel(t, area) })}
          </button>
        </fieldset>
      ))}
      <SaveCancel busy={form.busy} onCancel={onCancel} />
    </Form>
  );
}
