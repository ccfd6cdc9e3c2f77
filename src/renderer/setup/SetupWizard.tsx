/**
 * First run: the institution, its first administrator, then the recovery key — shown once, so
 * the wizard does not let go until the person says it is written down or printed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { institutionSchema, type Institution } from '../../shared/api/contract';
import { emptyInstitution, InstitutionFields, type InstitutionDraft } from '../institution/InstitutionFields';
import { Form } from '../ui/Form';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { AdminStep } from './AdminStep';
import { RecoveryKeyStep } from './RecoveryKeyStep';

interface Props {
  onDone: (adminUsername: string) => void;
}

type Step = { n: 1 } | { n: 2; institution: Institution } | { n: 3; institution: Institution; recoveryKey: string; username: string };

export function SetupWizard({ onDone }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ n: 1 });
  const [draft, setDraft] = useState<InstitutionDraft>(emptyInstitution);
  const form = useFormStatus();

  function next() {
    const institution = form.check(institutionSchema, draft);
    if (institution) setStep({ n: 2, institution });
  }

  return (
    <main className="narrow-page" id="main">
      <h1 className="no-print">{t('setup.title')}</h1>
      <p className="step-count no-print">{t('setup.step', { n: step.n })}</p>
      {step.n === 1 && (
        <>
          <p>{t('setup.intro')}</p>
          <h2>{t('setup.institutionTitle')}</h2>
          <ErrorMessage>{form.banner}</ErrorMessage>
          <Form onSubmit={next} aria-label={t('setup.institutionTitle')}>
            <InstitutionFields value={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} fieldError={form.fieldError} />
            <div className="actions">
              <button type="submit" className="primary">
                {t('common.next')}
              </button>
            </div>
          </Form>
        </>
      )}
      {step.n === 2 && (
        <AdminStep
          institution={step.institution}
          onBack={() => setStep({ n: 1 })}
          onCreated={(recoveryKey, username) => setStep({ n: 3, institution: step.institution, recoveryKey, username })}
        />
      )}
      {step.n === 3 && <RecoveryKeyStep institutionName={step.institution.name} recoveryKey={step.recoveryKey} onDone={() => onDone(step.username)} />}
    </main>
  );
}
