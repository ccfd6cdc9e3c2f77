/**
 * Restoration in a Committee case: the child's movements (a restoration is one, with Form 44's
 * order and Form 45's escort), recorded and shown here as on the child's record.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { MovementsSection } from '../movements/MovementsSection';

export function RestorationSection({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const child = useQuery('children.get', { id: childId });
  return (
    <section className="view-section" aria-labelledby="restoration-title">
      <h2 id="restoration-title">{t('cases.restoration.title')}</h2>
      <p className="hint">{t('cases.restoration.intro')}</p>
      {child.data && <MovementsSection child={child.data} onChanged={child.reload} />}
    </section>
  );
}
