import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIst } from '../../shared/util/dates';
import { CheckboxField } from '../ui/fields';

interface Props {
  institutionName: string;
  recoveryKey: string;
  onDone: () => void;
}

/** The print stylesheet shows only `.print-area`: the key, whose it is, and the date. */
export function RecoveryKeyStep({ institutionName, recoveryKey, onDone }: Props) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <>
      <h2 className="no-print">{t('setup.keyTitle')}</h2>
      <p className="no-print">{t('setup.keyIntro')}</p>
      <p className="no-print">
        <strong>{t('setup.keyAdvice')}</strong>
      </p>
      <section className="print-area recovery-key-box" aria-label={t('setup.keyTitle')}>
        <p className="print-only">{t('setup.keyFor', { institution: institutionName })}</p>
        <p className="recovery-key" translate="no">
          {recoveryKey}
        </p>
        <p className="print-only">{t('setup.keyDate', { date: formatDate(todayIst()) })}</p>
      </section>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('setup.printKey')}
        </button>
      </div>
      <div className="no-print">
        <CheckboxField label={t('setup.keyConfirm')} checked={confirmed} onChange={setConfirmed} />
        <div className="actions">
          <button type="button" className="primary" disabled={!confirmed} onClick={onDone}>
            {t('setup.toLogin')}
          </button>
        </div>
      </div>
    </>
  );
}
