/** Small pieces the Matches page and the review screen share: the label badge and a comparison's words. */
import { useTranslation } from 'react-i18next';
import { isMatchReasonKey, type MatchReasonKey } from '../../shared/domain/match-reasons';
import { conceptKey, formatBits, levelKey, type Bar, type MatchLabel } from './match-format';

/** Colour AND words: the label must read the same to someone who cannot tell the colours apart. */
export function LabelBadge({ label }: { label: MatchLabel | null }) {
  const { t } = useTranslation();
  if (!label) return <span className="match-label match-label-none">{t('matches.notRanked')}</span>;
  const mark = label === 'likely' ? '●●●' : label === 'possible' ? '●●○' : '●○○';
  return (
    <span className={`match-label match-label-${label}`}>
      <span aria-hidden="true">{mark} </span>
      {t(`matchLabel.${label}`)}
    </span>
  );
}

export function ConceptName({ concept }: { concept: string }) {
  const { t } = useTranslation();
  const key = conceptKey(concept);
  // A concept this version does not know yet is shown as the engine named it.
  return key ? <>{t(`matchConcept.${key}` as 'matchConcept.name')}</> : <span lang="en">{concept}</span>;
}

export function LevelName({ level }: { level: string }) {
  const { t } = useTranslation();
  const key = levelKey(level);
  return key ? <>{t(`matchLevel.${key}` as 'matchLevel.exact')}</> : <span lang="en">{level}</span>;
}

/**
 * Why a comparison reached its level, in the reader's language. An explanation stored before
 * reasons had keys, or a key this version does not know, shows the engine's English.
 */
export function ReasonText({ bar }: { bar: Bar }) {
  const { t } = useTranslation();
  const parts = bar.because;
  if (!parts?.length || !parts.every((p) => isMatchReasonKey(p.key))) {
    return (
      <span className="wf-reason" lang="en" translate="no">
        {bar.reason}
      </span>
    );
  }
  return <span className="wf-reason">{parts.map((p) => t(`matchReason.${p.key as MatchReasonKey}` as 'matchReason.nameWrittenSame', p.params)).join('; ')}</span>;
}

/** "Name: same key (+8.2)", for the list's top reasons. */
export function ReasonChip({ bar }: { bar: Bar }) {
  return (
    <span className={bar.weight >= 0 ? 'reason-chip reason-for' : 'reason-chip reason-against'}>
      <span>
        <ConceptName concept={bar.concept} />: <LevelName level={bar.level} /> <span className="mono nowrap">({formatBits(bar.weight)})</span>
      </span>
    </span>
  );
}
