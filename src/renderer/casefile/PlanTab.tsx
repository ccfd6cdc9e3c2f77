/**
 * The Individual Care Plan (Form 7): the plan as it stands, part by part, and its history —
 * every saved version, and the plan as it stood on any date, shown read-only beside.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../shared/api/casefile-contract';
import { emptyCarePlan, type PlanView } from '../../shared/domain/care-plan';
import type { Child } from '../../shared/domain/child';
import { isoDate } from '../../shared/domain/child';
import { formatDate, formatDateTimeIst, parseDate } from '../../shared/util/dates';
import { api, asApiError } from '../api';
import { useSession } from '../auth/session';
import { describeError, translateFieldMessage } from '../i18n/messages';
import { TextField } from '../ui/fields';
import { Form } from '../ui/Form';
import { ErrorMessage } from '../ui/messages';
import { optionLabel } from './labels';
import { PlanParts } from './PlanParts';
import { childDatesOf } from './use-casefile';

interface Props {
  child: Child;
  caseFile: CaseFile;
  onChanged: () => void;
}

export function PlanTab({ child, caseFile, onChanged }: Props) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [earlier, setEarlier] = useState<{ view: PlanView | null; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = caseFile.plan;
  const dates = childDatesOf(child);
  const saver = can('children.write') ? { childId: child.id, baseVersion: current?.version ?? 0 } : undefined;

  async function show(load: () => Promise<PlanView | null>, label: string) {
    try {
      setEarlier({ view: await load(), label });
      setError(null);
    } catch (e) {
      setError(describeError(t, asApiError(e)));
    }
  }

  return (
    <div className="casefile-tab">
      <p className="cf-summary">
        {current
          ? t('casefile.plan.current', { version: current.version, at: formatDateTimeIst(current.savedAt), by: current.savedBy })
          : t('casefile.plan.none')}
      </p>
      <ErrorMessage>{error}</ErrorMessage>
      <details className="plan-history">
        <summary>{t('casefile.plan.history', { count: caseFile.planVersions.length })}</summary>
        <AsOfForm onShow={(date) => void show(() => api.call('carePlan.asOf', { childId: child.id, date }), t('casefile.plan.asOfTitle', { date: formatDate(date) }))} />
        {caseFile.planVersions.length > 0 && (
          <table className="cf-table">
            <thead>
              <tr>
                <th scope="col">{t('casefile.plan.version')}</th>
                <th scope="col">{t('casefile.plan.partSaved')}</th>
                <th scope="col">{t('casefile.plan.savedAt')}</th>
                <th scope="col">{t('casefile.plan.savedBy')}</th>
                <th scope="col">{t('casefile.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {caseFile.planVersions.map((v) => (
                <tr key={v.version}>
                  <td>{v.version}</td>
                  <td>{optionLabel(t, `part${v.part}`)}</td>
                  <td>{formatDateTimeIst(v.savedAt)}</td>
                  <td>{v.savedBy}</td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => void show(() => api.call('carePlan.version', { childId: child.id, version: v.version }), t('casefile.plan.versionTitle', { version: v.version, at: formatDateTimeIst(v.savedAt) }))}
                    >
                      {t('casefile.plan.viewVersion', { version: v.version })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
      {earlier && (
        <section className="plan-earlier" aria-labelledby="plan-earlier-title">
          <div className="cf-section-head">
            <h2 id="plan-earlier-title">{earlier.label}</h2>
            <button type="button" onClick={() => setEarlier(null)}>
              {t('casefile.plan.closeEarlier')}
            </button>
          </div>
          {earlier.view ? (
            <>
              <p className="hint">{t('casefile.plan.current', { version: earlier.view.version, at: formatDateTimeIst(earlier.view.savedAt), by: earlier.view.savedBy })}</p>
              <PlanParts plan={earlier.view.plan} dates={dates} idPrefix="earlier" />
            </>
          ) : (
            <p>{t('casefile.plan.noneThen')}</p>
          )}
        </section>
      )}
      <PlanParts key={current?.version ?? 0} plan={current?.plan ?? emptyCarePlan()} dates={dates} saver={saver} onChanged={onChanged} idPrefix="plan" />
    </div>
  );
}

function AsOfForm({ onShow }: { onShow: (isoDate: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <Form
      className="inline-form"
      aria-label={t('casefile.plan.asOf')}
      onSubmit={() => {
        const parsed = isoDate.safeParse(parseDate(text) ?? text);
        if (!parsed.success) return setProblem(translateFieldMessage(t, parsed.error.issues[0]!.message));
        setProblem(undefined);
        onShow(parsed.data);
      }}
    >
      <TextField label={t('casefile.plan.asOf')} hint={t('common.dateHint')} placeholder="dd-mm-yyyy" inputMode="numeric" value={text} onChange={setText} error={problem} className="date" />
      <button type="submit">{t('casefile.plan.showAsOf')}</button>
    </Form>
  );
}
