import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n';

/** Always in the header: each language named in itself, so anyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={`${t('lang.label')} / Language`}>
      {LANGUAGES.map((l) => (
        <button key={l.code} type="button" lang={l.code} aria-pressed={i18n.language === l.code} onClick={() => setLanguage(l.code)}>
          {l.name}
        </button>
      ))}
    </div>
  );
}
