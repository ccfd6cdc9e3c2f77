/** Health: the growth chart over the check-ups, then check-ups, immunisations and illnesses with their treatment. */
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../shared/api/casefile-contract';
import type { Child } from '../../shared/domain/child';
import { growthSeries, type EntryKind } from '../../shared/domain/health';
import { todayIst } from '../../shared/util/dates';
import { EntryList } from './EntryList';
import { GrowthChart } from './GrowthChart';
import { entryTitle } from './labels';

const KINDS: readonly EntryKind[] = ['checkup', 'immunisation', 'illness'];

export function HealthTab({ child, caseFile, onChanged }: { child: Child; caseFile: CaseFile; onChanged: () => void }) {
  const { t } = useTranslation();
  const admission = { date: todayIst(new Date(child.admittedAt)), heightCm: child.heightCm, weightKg: child.weightKg };
  return (
    <div className="casefile-tab">
      <section className="view-section" aria-labelledby="cf-growth">
        <h2 id="cf-growth">{t('casefile.chart.title')}</h2>
        <GrowthChart points={growthSeries(admission, caseFile.entries)} />
      </section>
      {KINDS.map((kind) => (
        <section key={kind} className="view-section" aria-labelledby={`cf-${kind}`}>
          <h2 id={`cf-${kind}`}>{entryTitle(t, kind)}</h2>
          <EntryList child={child} kind={kind} entries={caseFile.entries} onChanged={onChanged} />
        </section>
      ))}
    </div>
  );
}
