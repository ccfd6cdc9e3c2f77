import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { navigate, routeHref } from '../shell/router';
import { SelectField, TextField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { ChildrenTable } from './ChildrenTable';
import { toChildFilter, type FilterDraft } from './filter';
import { ImportPanel } from './ImportPanel';
import { ageBandOptions, categoryShortOptions, deadlineOptions, sexOptions, statusOptions } from './options';
import { useChildrenList } from './use-children-list';

interface Props {
  /** Kept by the shell, so coming back from a child finds the same search. */
  filter: FilterDraft;
  onFilterChange: (filter: FilterDraft) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function ChildrenPage({ filter, onFilterChange }: Props) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [reloadKey, setReloadKey] = useState(0);
  const [importing, setImporting] = useState(false);
  const list = useChildrenList(toChildFilter(filter), reloadKey);
  const search = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<FilterDraft>) => onFilterChange({ ...filter, ...patch });

  // "/" jumps to the search box from anywhere on this page, as in many registers and browsers.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        search.current?.focus();
        search.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function onSearchKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      grid.current?.focus();
    } else if (e.key === 'Enter' && list.rows[0]) {
      e.preventDefault();
      navigate({ area: 'child', id: list.rows[0].id });
    }
  }

  const all = t('common.all');
  return (
    <section className="page page-wide">
      <div className="page-title">
        <h1>{t('children.title')}</h1>
        {can('children.write') && (
          <div className="actions">
            <a className="button primary" href={routeHref({ area: 'childNew' })}>
              {t('children.admit')}
            </a>
            <button type="button" aria-expanded={importing} onClick={() => setImporting((v) => !v)}>
              {t('import.button')}
            </button>
          </div>
        )}
      </div>
      {importing && (
        <ImportPanel
          onImported={() => setReloadKey((k) => k + 1)}
          onClose={() => setImporting(false)}
        />
      )}
      <div className="filters" role="search">
        <TextField
          ref={search}
          className="search"
          type="search"
          label={t('children.search')}
          hint={t('children.searchHint')}
          value={filter.query}
          onChange={(query) => set({ query })}
          onKeyDown={onSearchKey}
          autoComplete="off"
          spellCheck={false}
          autoFocus
        />
        <SelectField label={t('children.category')} value={filter.category} onChange={(category) => set({ category })} options={categoryShortOptions(t)} placeholder={all} />
        <SelectField label={t('children.sex')} value={filter.sex} onChange={(sex) => set({ sex })} options={sexOptions(t)} placeholder={all} />
        <SelectField label={t('children.ageBand')} value={filter.ageBand} onChange={(ageBand) => set({ ageBand })} options={ageBandOptions(t)} placeholder={all} />
        <SelectField label={t('children.status')} value={filter.status} onChange={(status) => set({ status })} options={statusOptions(t)} placeholder={all} />
        <SelectField label={t('children.deadlines')} value={filter.deadline} onChange={(deadline) => set({ deadline })} options={deadlineOptions(t)} placeholder={all} />
      </div>
      {list.error && <ErrorMessage>{describeError(t, list.error)}</ErrorMessage>}
      <p className="list-count" role="status">
        {list.loading && list.rows.length === 0 ? t('children.loading') : list.rows.length === 0 ? t('children.none') : t('children.count', { shown: list.rows.length, total: list.total })}
      </p>
      <ChildrenTable ref={grid} rows={list.rows} onOpen={(row) => navigate({ area: 'child', id: row.id })} />
    </section>
  );
}
