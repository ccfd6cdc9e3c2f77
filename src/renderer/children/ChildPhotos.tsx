/**
 * Photos identify a child, so they are fetched only for roles with photos.view; others see
 * that a photo exists, not the photo.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../shared/domain/child';
import { api, asApiError } from '../api';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { ErrorMessage } from '../ui/messages';

interface Props {
  child: Child;
  onRemoved: () => void;
}

export function ChildPhotos({ child, onRemoved }: Props) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [error, setError] = useState<string | null>(null);
  if (child.photos.length === 0) return <p>{t('child.noPhotos')}</p>;

  async function remove(photoId: string) {
    if (!window.confirm(t('child.confirmRemovePhoto'))) return;
    try {
      await api.call('children.removePhoto', { photoId });
      onRemoved();
    } catch (e) {
      setError(describeError(t, asApiError(e)));
    }
  }

  return (
    <>
      <ErrorMessage>{error}</ErrorMessage>
      <ul className="photos">
        {child.photos.map((p, i) => (
          <li key={p.id}>
            {can('photos.view') ? (
              <Photo photoId={p.id} alt={t('child.photoAlt', { n: i + 1, admissionNo: child.admissionNo })} />
            ) : (
              <div className="photo-hidden" title={t('child.photoHiddenTitle')}>
                {t('child.photoHidden')}
              </div>
            )}
            {can('children.write') && (
              <button type="button" onClick={() => void remove(p.id)}>
                {t('child.removePhoto', { n: i + 1 })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Photo({ photoId, alt }: { photoId: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .call('children.photo', { photoId })
      .then((p) => live && setSrc(`data:${p.mime};base64,${p.dataBase64}`))
      .catch(() => {
        // The frame stays empty; the rest of the record is still useful.
      });
    return () => {
      live = false;
    };
  }, [photoId]);
  return <div className="photo">{src ? <img src={src} alt={alt} /> : null}</div>;
}
