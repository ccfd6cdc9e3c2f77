import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The same bar on every screen, so the language switch is always in one place. */
export function Header({ institutionName, children }: { institutionName: string | null; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header no-print">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        {institutionName && <span className="brand-institution">{institutionName}</span>}
      </div>
      <div className="header-tools">
        {children}
        <LanguageSwitch />
      </div>
    </header>
  );
}
