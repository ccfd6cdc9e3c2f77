import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../api';
import { describeError } from '../i18n/messages';
import { resizePhoto } from './photo-resize';

/** Choosing a photo only remembers it; it is sent once the child's record is saved. */
export function PhotoInput({ onChange }: { onChange: (file: File | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{`${t('child.field.photo')} ${t('common.optional')}`}</label>
      <input id={id} type="file" accept="image/jpeg,image/png" aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.files?.[0] ?? null)} />
      <span className="field-hint" id={`${id}-hint`}>
        {t('childForm.photoHint')}
      </span>
    </div>
  );
}

/** Resizes, then sends; says in plain words what went wrong. */
export function useAddPhoto() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(childId: string, file: File): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      const photo = await resizePhoto(file).catch(() => null);
      if (!photo) {
        setError(t('childForm.photoUnreadable'));
        return false;
      }
      await api.call('children.addPhoto', { childId, ...photo });
      return true;
    } catch (e) {
      setError(describeError(t, asApiError(e)));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, send };
}
