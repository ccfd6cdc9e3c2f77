import { useTranslation } from 'react-i18next';
import { describeError } from '../i18n/messages';
import { ErrorMessage } from '../ui/messages';
import { ChildForm } from './ChildForm';
import { useChild } from './use-child';

export function ChildEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { child, error } = useChild(id);
  if (error) return <ErrorMessage>{describeError(t, error)}</ErrorMessage>;
  if (!child) return <p role="status">{t('child.loading')}</p>;
  // A record whose identifying details are withheld cannot be edited: saving would blank them.
  if (!child.identified) return <p className="message message-info">{t('child.withheldNotice')}</p>;
  return <ChildForm child={child} />;
}
