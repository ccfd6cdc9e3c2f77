import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/domain/roles';
import { useSession } from '../auth/session';
import { routeHref, SETTINGS_TABS, type SettingsTab } from '../shell/router';
import { ChangePassword } from './ChangePassword';
import { InstitutionSettings } from './InstitutionSettings';
import { LanguageSettings } from './LanguageSettings';
import { LetterheadSettings } from './LetterheadSettings';
import { SecuritySettings } from './SecuritySettings';
import { SyncKeysSettings } from './SyncKeysSettings';
import { UsersSettings } from './UsersSettings';
import { UpdatesSettings } from './UpdatesSettings';
import { SittingsSettings } from '../cases/SittingsSettings';
import { PurgeRegister } from '../purge/PurgeRegister';

/** Which permissions open a tab (any one of them); the general tab is everyone's own. */
const NEEDS: Record<SettingsTab, readonly Permission[]> = {
  general: [],
  institution: ['settings.manage'],
  security: ['settings.manage'],
  users: ['users.manage'],
  sittings: ['settings.manage'],
  // Viewed by whoever syncs; changed only with keys.manage (and the warning with settings.manage).
  sync: ['sync.run', 'keys.manage'],
  updates: ['updates.install'],
  records: ['records.purgeRequest'],
};

export function SettingsPage({ tab }: { tab: SettingsTab }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = (x: SettingsTab) => NEEDS[x].length === 0 || NEEDS[x].some(can);
  return (
    <section className="page">
      <h1>{t('settings.title')}</h1>
      <nav className="tabs" aria-label={t('settings.tabsLabel')}>
        {SETTINGS_TABS.filter(allowed).map((x) => (
          <a key={x} href={routeHref({ area: 'settings', tab: x })} aria-current={x === tab ? 'page' : undefined}>
            {t(`settings.${x}`)}
          </a>
        ))}
      </nav>
      {!allowed(tab) && <p className="message message-info">{t('settings.noPermission')}</p>}
      {allowed(tab) && tab === 'general' && (
        <>
          <LanguageSettings />
          <ChangePassword />
        </>
      )}
      {allowed(tab) && tab === 'institution' && (
        <>
          <InstitutionSettings />
          <LetterheadSettings />
        </>
      )}
      {allowed(tab) && tab === 'security' && <SecuritySettings />}
      {allowed(tab) && tab === 'users' && <UsersSettings />}
      {allowed(tab) && tab === 'sittings' && <SittingsSettings />}
      {allowed(tab) && tab === 'sync' && <SyncKeysSettings />}
      {allowed(tab) && tab === 'updates' && <UpdatesSettings />}
      {allowed(tab) && tab === 'records' && <PurgeRegister />}
    </section>
  );
}
