/**
 * The case history (Form 43), section by section. Each section shows what is recorded (a dash
 * where nothing is yet) and how complete it is, and opens on its own for editing: saving one
 * section never touches another.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../shared/api/casefile-contract';
import { CASE_HISTORY_FIELDS, sectionSchema, type SectionView } from '../../shared/domain/case-history';
import type { Child } from '../../shared/domain/child';
import { growthSeries } from '../../shared/domain/health';
import { formatDateTimeIst, todayIst } from '../../shared/util/dates';
import { api } from '../api';
import { useSession } from '../auth/session';
import { routeHref } from '../shell/router';
import { CompletenessMeter } from './CompletenessMeter';
import { EntryList } from './EntryList';
import { GrowthChart } from './GrowthChart';
import { sectionTitle } from './labels';
import { SpecForm } from './SpecForm';
import { SpecValues } from './SpecValues';
import { childDatesOf } from './use-casefile';

interface Props {
  child: Child;
  caseFile: CaseFile;
  onChanged: () => void;
}

export function HistoryTab({ child, caseFile, onChanged }: Props) {
  return (
    <div className="casefile-tab">
      {caseFile.history.sections.map((s) => (
        <SectionCard key={s.section} child={child} caseFile={caseFile} view={s} onChanged={onChanged} />
      ))}
    </div>
  );
}

function SectionCard({ child, caseFile, view, onChanged }: { child: Child; caseFile: CaseFile; view: SectionView } & Pick<Props, 'onChanged'>) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const specs = CASE_HISTORY_FIELDS[view.section];
  const title = sectionTitle(t, view.section);
  const headingId = `cf-section-${view.section}`;

  return (
    <section className="view-section cf-section" aria-labelledby={headingId}>
      <div className="cf-section-head">
        <h2 id={headingId}>{title}</h2>
        <CompletenessMeter value={view.completeness} label={t('casefile.sectionComplete', { section: title })} />
        {specs.length > 0 && can('children.write') && !editing && (
          <button type="button" onClick={() => setEditing(true)} aria-label={t('casefile.editSection', { section: title })}>
            {t('common.edit')}
          </button>
        )}
      </div>
      {view.updatedAt && <p className="hint">{t('casefile.lastSaved', { at: formatDateTimeIst(view.updatedAt), by: view.updatedBy })}</p>}
      {specs.length > 0 &&
        (editing ? (
          <SpecForm
            label={title}
            specs={specs}
            initial={view.values}
            schema={sectionSchema(view.section, childDatesOf(child))}
            save={async (values) => {
              await api.call('casefile.saveSection', { childId: child.id, section: view.section, values });
            }}
            onDone={() => {
              setEditing(false);
              onChanged();
            }}
            onCancel={() => setEditing(false)}
            serverPrefix="values"
          />
        ) : (
          <SpecValues specs={specs} values={view.values} />
        ))}
      <SectionList child={child} caseFile={caseFile} section={view.section} onChanged={onChanged} />
    </section>
  );
}

/** What a section shows from the case file's lists: the growth chart, the school years, the reviews. */
function SectionList({ child, caseFile, section, onChanged }: { child: Child; caseFile: CaseFile; section: SectionView['section']; onChanged: () => void }) {
  const { t } = useTranslation();
  const healthHref = routeHref({ area: 'child', id: child.id, tab: 'health' });
  if (section === 'medical') {
    const admission = { date: todayIst(new Date(child.admittedAt)), heightCm: child.heightCm, weightKg: child.weightKg };
    return (
      <>
        <h3>{t('casefile.chart.title')}</h3>
        <GrowthChart points={growthSeries(admission, caseFile.entries)} />
        <a href={healthHref}>{t('casefile.toHealth')}</a>
      </>
    );
  }
  if (section === 'education') {
    return (
      <>
        <h3>{t('casefile.entry.education')}</h3>
        <EntryList child={child} kind="education" entries={caseFile.entries} onChanged={onChanged} />
      </>
    );
  }
  if (section === 'review') return <EntryList child={child} kind="review" entries={caseFile.entries} onChanged={onChanged} />;
  return null;
}
