/**
 * The state every form shares: busy while saving, field messages beside fields, one sentence
 * at the top for anything else. Messages are kept as they came (short English from the shared
 * schemas or the server) and translated when shown, so switching language re-translates them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldErrors } from '../../shared/api/errors';
import { asApiError, type ApiError } from '../api';
import { describeError, translateFieldMessage } from '../i18n/messages';

/** Server paths of a nested input (e.g. `child.name` for children.update) → the form's own paths. */
function withoutPrefix(fields: Record<string, string>, prefix: string): Record<string, string> {
  if (!prefix) return fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.startsWith(`${prefix}.`) ? k.slice(prefix.length + 1) : k, v]));
}

export function useFormStatus() {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  /** Validates with a shared schema; on failure shows the messages and returns undefined. */
  function check<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined {
    const parsed = schema.safeParse(value);
    setFailure(null);
    if (parsed.success) {
      setFields({});
      return parsed.data;
    }
    setFields(fieldErrors(parsed.error));
    return undefined;
  }

  /** Runs a save; invalid_input with field details lands beside the fields. */
  async function submit(work: () => Promise<void>, serverPrefix = ''): Promise<boolean> {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      setFields({});
      return true;
    } catch (e) {
      const err = asApiError(e);
      const f = withoutPrefix(err.fields, serverPrefix);
      if (err.code === 'invalid_input' && Object.keys(f).length > 0) setFields(f);
      else setFailure(err);
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** The message for a field; for a list field also its items' messages (`aliases.3`). */
  const fieldError = (path: string): string | undefined => {
    const m = fields[path] ?? Object.entries(fields).find(([k]) => k.startsWith(`${path}.`))?.[1];
    return m === undefined ? undefined : translateFieldMessage(t, m);
  };

  let banner: string | null = null;
  if (failure) banner = describeError(t, failure);
  else if (Object.keys(fields).length > 0) {
    const general = fields['_'];
    banner = general ? `${t('common.fixErrors')} ${translateFieldMessage(t, general)}` : t('common.fixErrors');
  }

  return {
    busy,
    banner,
    fieldError,
    check,
    submit,
    /** A check of the form's own (e.g. two passwords differ), in the same short-English style. */
    setFieldMessages: setFields,
    clear: () => {
      setFields({});
      setFailure(null);
    },
  };
}
