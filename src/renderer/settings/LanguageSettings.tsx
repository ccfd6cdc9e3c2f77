import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { SelectField } from '../ui/fields';

export function LanguageSettings() {
  const { t, i18n } = useTranslation();
  return (
    <section className="settings-section">
      <h2>{t('settings.language')}</h2>
      <SelectField
        label={t('settings.language')}
        value={i18n.language}
        onChange={(v) => setLanguage(v as Language)}
        options={LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
      />
    </section>
  );
}
