import { useTranslation } from 'react-i18next';
import type { FutureArea } from './router';

/** Areas planned but not built: say plainly what will be here, rather than show a broken page. */
export function NotYetPage({ area }: { area: FutureArea }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t(`nav.${area}`)}</h1>
      <p>{t(`notYet.${area}`)}</p>
      <p className="message message-info">{t('notYet.notAvailable')}</p>
    </section>
  );
}
