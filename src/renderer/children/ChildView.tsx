/**
 * One child's page: the register record (every field, read-only; names exactly as entered),
 * and the tabs of the case file (src/renderer/casefile/).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ageAtAdmission, currentAge } from '../../shared/domain/child';
import { formatDate, formatDateTimeIst, todayIst } from '../../shared/util/dates';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { routeHref, type ChildTab } from '../shell/router';
import { ErrorMessage } from '../ui/messages';
import { CaseFileTabs } from '../casefile/CaseFileTabs';
import { useCaseFile } from '../casefile/use-casefile';
import type { Child } from '../../shared/domain/child';
import { ChildPhotos } from './ChildPhotos';
import { MovementsSection } from '../movements/MovementsSection';
import { ChildPrintPanel } from '../printing/ChildPrintPanel';
import { ChildCases } from '../cases/ChildCases';
import { useChild } from './use-child';
import { PurgePanel } from '../purge/PurgePanel';

export function ChildView({ id, tab }: { id: string; tab: ChildTab }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { child, error, reload } = useChild(id);
  // Asked for at the same time as the record, not after it: the page opens one round trip sooner.
  const caseFile = useCaseFile(id);
  if (error) return <ErrorMessage>{error.code === 'not_found' ? t('child.notFound') : describeError(t, error)}</ErrorMessage>;
  if (!child) return <p role="status">{t('child.loading')}</p>;

  return (
    <section className="page child-view">
      <div className="page-title">
        <h1>
          <span className="mono">{child.admissionNo}</span>
          {' · '}
          {child.name === null ? <Withheld /> : <span dir="auto">{child.name}</span>}
        </h1>
        {can('children.write') && child.identified && (
          <div className="actions">
            <a className="button primary" href={routeHref({ area: 'childEdit', id: child.id })}>
              {t('common.edit')}
            </a>
          </div>
        )}
      </div>
      {!child.identified && <p className="message message-info">{t('child.withheldNotice')}</p>}
      <CaseFileTabs child={child} tab={tab} caseFile={caseFile}>
        <ChildRecord child={child} reload={reload} />
      </CaseFileTabs>
    </section>
  );
}

/** The register record: what was entered at admission (and edited since). */
/** `reload` loads the child again after a change made here (a photo removed, a movement recorded). */
function ChildRecord({ child, reload }: { child: Child; reload: () => void }) {
  const { t } = useTranslation();
  const dash = t('common.notRecorded');
  const show = (v: string | null | undefined): ReactNode => (v ? v : dash);
  const years = (n: number | null, estimated: boolean) => (n === null ? dash : t(estimated ? 'child.yearsEstimated' : 'child.years', { n }));
  const age = currentAge(child, todayIst());
  const a = child.address;
  return (
    <>
      <Section title={t('child.sectionIdentity')}>
        <Item label={t('child.field.admissionNo')}>{child.admissionNo}</Item>
        <Item label={t('child.field.name')}>{child.name === null ? <Withheld /> : <span dir="auto">{child.name}</span>}</Item>
        <Item label={t('child.field.aliases')}>{show(child.aliases.join(', '))}</Item>
        <Item label={t('child.field.sex')}>{t(`sex.${child.sex}`)}</Item>
        <Item label={t('child.field.category')}>{t(`category.${child.category}Long`)}</Item>
        <Item label={t('child.field.dob')}>{show(formatDate(child.dob))}</Item>
        <Item label={t('child.field.ageYears')}>{years(ageAtAdmission(child), child.ageEstimated)}</Item>
        <Item label={t('child.currentAge')}>{years(age, child.dob === null && child.ageEstimated)}</Item>
      </Section>

      <Section title={t('child.sectionFamily')}>
        <Item label={t('child.field.fatherName')}>{show(child.fatherName)}</Item>
        <Item label={t('child.field.motherName')}>{show(child.motherName)}</Item>
        <Item label={t('child.field.guardianName')}>{show(child.guardianName)}</Item>
        <Item label={t('child.field.village')}>{show(a.village)}</Item>
        <Item label={t('child.field.policeStation')}>{show(a.policeStation)}</Item>
        <Item label={t('child.field.district')}>{show(a.district)}</Item>
        <Item label={t('child.field.state')}>{show(a.state)}</Item>
        <Item label={t('child.field.pin')}>{show(a.pin)}</Item>
      </Section>

      <Section title={t('child.sectionAdmission')}>
        <Item label={t('child.field.admittedAt')}>{formatDateTimeIst(child.admittedAt)}</Item>
        <Item label={t('child.field.referredBy')}>{show(child.referredBy)}</Item>
        <Item label={t('child.field.orderNo')}>{show(child.orderNo)}</Item>
        <Item label={t('children.status')}>{t(`status.${child.status}`)}</Item>
      </Section>

      <MovementsSection child={child} onChanged={reload} />

      <ChildCases child={child} />

      <Section title={t('child.sectionDescription')}>
        <Item label={t('child.field.identificationMarks')}>{show(child.identificationMarks)}</Item>
        <Item label={t('child.field.languages')}>{show(child.languages.join(', '))}</Item>
        <Item label={t('child.field.heightCm')}>{child.heightCm === null ? dash : t('child.cm', { n: child.heightCm })}</Item>
        <Item label={t('child.field.weightKg')}>{child.weightKg === null ? dash : t('child.kg', { n: child.weightKg })}</Item>
      </Section>

      <section className="view-section">
        <h2>{t('child.sectionPhotos')}</h2>
        <ChildPhotos child={child} onRemoved={reload} />
      </section>

      <ChildPrintPanel child={child} />

      <p className="hint">{t('child.recordDates', { created: formatDateTimeIst(child.createdAt), updated: formatDateTimeIst(child.updatedAt) })}</p>
      <PurgePanel child={child} />
    </>
  );
}

function Withheld() {
  const { t } = useTranslation();
  return (
    <span className="withheld" title={t('children.withheldTitle')}>
      {t('children.withheld')}
    </span>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="view-section">
      <h2>{title}</h2>
      <dl className="fields">{children}</dl>
    </section>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

