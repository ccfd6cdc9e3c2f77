/** A deadline's legal source: in Hindi on Hindi screens where the rule has it, else the English citation marked as English; flagged when unverified. */
import { useTranslation } from 'react-i18next';
import type { LegalSource } from '../../shared/domain/deadlines';

export function SourceText({ source }: { source: LegalSource }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="deadline-source">
      {t('deadlines.source')}{' '}
      {i18n.language === 'hi' && source.textHi ? (
        source.textHi
      ) : (
        <span lang="en" translate="no">
          {source.text}
        </span>
      )}
      {!source.verified && ` (${t('deadlines.unverified')})`}
    </span>
  );
}
