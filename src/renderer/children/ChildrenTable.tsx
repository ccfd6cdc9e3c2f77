/**
 * The register as a virtualised grid: only the rows in view exist in the page, so 5,000
 * children scroll as smoothly as 50. One tab stop; arrow keys, Page Up/Down, Home/End move the
 * highlighted row, Enter opens it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildRow } from '../../shared/domain/child';
import { formatDateTimeIst } from '../../shared/util/dates';

const ROW_HEIGHT = 44;
const PAGE_ROWS = 10;

interface Props {
  rows: ChildRow[];
  onOpen: (row: ChildRow) => void;
  /** The search box moves focus here on Arrow Down. */
  ref?: Ref<HTMLDivElement>;
}

export function ChildrenTable({ rows, onOpen, ref }: Props) {
  const { t } = useTranslation();
  const idBase = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  // A new search starts again at the top; the rest of a long list arriving behind the first
  // rows (same first row) must not move the reader.
  const firstId = rows[0]?.id;
  useEffect(() => {
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [firstId, virtualizer]);

  function move(to: number) {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_ROWS, PageUp: -PAGE_ROWS };
    if (e.key in steps) move(active + steps[e.key]!);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(rows.length - 1);
    else if (e.key === 'Enter' && rows[active]) onOpen(rows[active]);
    else return;
    e.preventDefault();
  }

  const rowId = (i: number) => `${idBase}-row-${i}`;

  return (
    <div
      ref={ref}
      className="grid"
      role="grid"
      aria-label={t('children.tableLabel')}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      aria-activedescendant={rows.length > 0 ? rowId(active) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="grid-row grid-head" role="row" aria-rowindex={1}>
        <span role="columnheader">{t('children.colAdmissionNo')}</span>
        <span role="columnheader">{t('children.colName')}</span>
        <span role="columnheader">{t('children.colAliases')}</span>
        <span role="columnheader">{t('children.colSex')}</span>
        <span role="columnheader">{t('children.colAge')}</span>
        <span role="columnheader">{t('children.colCategory')}</span>
        <span role="columnheader">{t('children.colStatus')}</span>
        <span role="columnheader">{t('children.colAdmitted')}</span>
      </div>
      <div className="grid-scroll" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.id}
                id={rowId(item.index)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={item.index === active}
                className={item.index === active ? 'grid-row grid-row-active' : 'grid-row'}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActive(item.index);
                  onOpen(row);
                }}
              >
                <RowCells row={row} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function RowCells({ row }: { row: ChildRow }) {
  const { t } = useTranslation();
  const age = row.age === null ? t('common.notRecorded') : row.ageEstimated ? t('children.estimatedAge', { age: row.age }) : String(row.age);
  const ageTitle = row.age !== null && row.ageEstimated ? t('child.yearsEstimated', { n: row.age }) : undefined;
  return (
    <>
      <span role="gridcell" className="mono">
        {row.admissionNo}
      </span>
      {row.name === null ? (
        // JJ Act s.74: no name, and no other names either — they identify just as well.
        <span role="gridcell" className="withheld" title={t('children.withheldTitle')}>
          {t('children.withheld')}
        </span>
      ) : (
        <span role="gridcell" className="name">
          {row.name}
        </span>
      )}
      <span role="gridcell">{row.name === null ? '' : row.aliases.join(', ')}</span>
      <span role="gridcell">{t(`sex.${row.sex}`)}</span>
      <span role="gridcell" title={ageTitle}>
        {age}
      </span>
      <span role="gridcell">{t(`category.${row.category}`)}</span>
      <span role="gridcell">{t(`status.${row.status}`)}</span>
      <span role="gridcell">{formatDateTimeIst(row.admittedAt).slice(0, 10)}</span>
    </>
  );
}
