/**
 * A form that behaves the same everywhere: Enter submits (native), Ctrl+Enter submits from a
 * multi-line box too, Esc cancels. The browser's own validation bubbles are off: the shared zod
 * schemas decide, and their messages appear beside the fields; after a submit that left
 * errors, focus goes to the first field marked invalid.
 */
import type { FormHTMLAttributes, KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> & {
  onSubmit: () => void | Promise<void>;
  onCancel?: (() => void) | undefined;
  children: ReactNode;
};

export function Form({ onSubmit, onCancel, children, ...rest }: Props) {
  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }
  return (
    <form
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        void Promise.resolve(onSubmit()).then(() => requestAnimationFrame(() => focusFirstInvalid(form)));
      }}
      {...rest}
    >
      {children}
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement): void {
  if (!form.isConnected || form.querySelector('[aria-invalid="true"]:focus')) return;
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** The Save button at the foot of a settings form; says "Saving…" while busy. */
export function SaveButton({ busy }: { busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common.saving') : t('common.save')}
      </button>
    </div>
  );
}
