/**
 * The four parts of a care plan. The same view serves the plan as it stands (with Edit on
 * each part, for those who may write) and any earlier version (read-only).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FIELDS, FOLLOW_UP_FIELDS, NEED_AREAS, PLAN_DETAILS_FIELDS, PLAN_ITEM_FIELDS, PRE_RELEASE_FIELDS, PROGRESS_FIELDS, type CarePlan } from '../../shared/domain/care-plan';
import { formSchema, type ChildDates } from '../../shared/domain/casefile-fields';
import { formatDate } from '../../shared/util/dates';
import { fieldLabel, optionLabel } from './labels';
import { PlanListPart } from './PlanListPart';
import { PlanPartAForm } from './PlanPartAForm';
import { savePlanPart, type PlanSaver } from './plan-save';
import { SpecForm } from './SpecForm';
import { showValue, SpecValues } from './SpecValues';

interface Props {
  plan: CarePlan;
  dates: ChildDates;
  /** Absent for an earlier version: nothing can be edited there. */
  saver?: PlanSaver;
  onChanged?: () => void;
  /** Distinguishes the headings of a second plan on the page (an earlier version). */
  idPrefix: string;
}

export function PlanParts({ plan, dates, saver, onChanged = () => undefined, idPrefix }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<'A' | 'C' | 'D' | null>(null);
  const done = () => {
    setEditing(null);
    onChanged();
  };
  const edit = (part: 'A' | 'C' | 'D', title: string) =>
    saver &&
    editing === null && (
      <button type="button" onClick={() => setEditing(part)} aria-label={t('casefile.editSection', { section: title })}>
        {t('common.edit')}
      </button>
    );
  const period = (r: Record<string, unknown>) => t('casefile.plan.reportTitle', { from: formatDate(String(r['from'] ?? '')), to: formatDate(String(r['to'] ?? '')) });
  const visit = (f: Record<string, unknown>) => `${optionLabel(t, String(f['stage']))} — ${formatDate(String(f['date'] ?? ''))}`;
  const partA = t('casefile.plan.partA');
  const partC = t('casefile.plan.partC');
  const documents = t('casefile.plan.documents');

  return (
    <>
      <Part id={`${idPrefix}-a`} title={partA} action={edit('A', partA)}>
        {editing === 'A' && saver ? (
          <PlanPartAForm partA={plan.partA} dates={dates} saver={saver} onDone={done} onCancel={() => setEditing(null)} />
        ) : (
          <>
            <SpecValues specs={PLAN_DETAILS_FIELDS} values={plan.partA.details} />
            <PlanAreas plan={plan} />
          </>
        )}
      </Part>
      <Part id={`${idPrefix}-b`} title={t('casefile.plan.partB')}>
        <PlanListPart
          specs={PROGRESS_FIELDS}
          items={plan.partB}
          itemTitle={period}
          addLabel={t('casefile.plan.addReport')}
          dates={dates}
          save={saver && ((reports) => savePlanPart(saver, 'B', { reports }))}
          prefix="data.reports"
          onChanged={onChanged}
        />
      </Part>
      <Part id={`${idPrefix}-c`} title={partC} action={plan.partC && edit('C', partC)}>
        {editing === 'C' && saver ? (
          <SpecForm
            label={partC}
            specs={PRE_RELEASE_FIELDS}
            initial={plan.partC}
            schema={formSchema(PRE_RELEASE_FIELDS, dates)}
            save={(preRelease) => savePlanPart(saver, 'C', { preRelease })}
            onDone={done}
            onCancel={() => setEditing(null)}
            serverPrefix="data.preRelease"
          />
        ) : plan.partC ? (
          <SpecValues specs={PRE_RELEASE_FIELDS} values={plan.partC} />
        ) : (
          <>
            <p className="hint">{t('casefile.plan.noPreRelease')}</p>
            {saver && editing === null && (
              <button type="button" onClick={() => setEditing('C')}>
                {t('casefile.plan.preparePreRelease')}
              </button>
            )}
          </>
        )}
      </Part>
      <Part id={`${idPrefix}-d`} title={t('casefile.plan.partD')}>
        <PlanListPart
          specs={FOLLOW_UP_FIELDS}
          items={plan.partD.followUps}
          itemTitle={visit}
          addLabel={t('casefile.plan.addFollowUp')}
          dates={dates}
          save={saver && ((followUps) => savePlanPart(saver, 'D', { followUps, documents: plan.partD.documents }))}
          prefix="data.followUps"
          onChanged={onChanged}
        />
        <div className="cf-section-head">
          <h4>{documents}</h4>
          {edit('D', documents)}
        </div>
        {editing === 'D' && saver ? (
          <SpecForm
            label={documents}
            specs={DOCUMENT_FIELDS}
            initial={plan.partD.documents}
            schema={formSchema(DOCUMENT_FIELDS)}
            save={(docs) => savePlanPart(saver, 'D', { followUps: plan.partD.followUps, documents: docs })}
            onDone={done}
            onCancel={() => setEditing(null)}
            serverPrefix="data.documents"
          />
        ) : (
          <SpecValues specs={DOCUMENT_FIELDS} values={plan.partD.documents} />
        )}
      </Part>
    </>
  );
}

function Part({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="view-section cf-section" aria-labelledby={id}>
      <div className="cf-section-head">
        <h3 id={id}>{title}</h3>
        {action}
      </div>
      {children}
    </section>
  );
}

/** Part A's ten areas as tables: concern, intervention, who, by when. Empty areas say so. */
function PlanAreas({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation();
  return (
    <>
      {NEED_AREAS.map((area) => {
        const items = plan.partA.areas[area] ?? [];
        return (
          <div key={area} className="plan-area-view">
            <h4>{fieldLabel(t, area)}</h4>
            {items.length === 0 ? (
              <p className="hint">{t('casefile.plan.noConcerns')}</p>
            ) : (
              <table className="cf-table">
                <thead>
                  <tr>
                    {PLAN_ITEM_FIELDS.map((f) => (
                      <th key={f.key} scope="col">
                        {fieldLabel(t, f.key)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {items.map((item, i) => (
                    <tr key={i}>
                      {PLAN_ITEM_FIELDS.map((f) => (
                        <td key={f.key} dir="auto">
                          {showValue(t, f, item[f.key])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </>
  );
}
