/**
 * Why a comparison reached its level, as keys with parameters rather than finished English:
 * the review screen shows them in the reader's language (the Hindi strings live with the
 * renderer's), while the CLI's JSON and the stored explanation keep the English text too.
 * These English strings are also the renderer's English (`matchReason` in en.ts), so the two
 * cannot drift apart.
 */
export const MATCH_REASONS_EN = {
  nameWrittenSame: 'written the same',
  nameSpellingFolds: 'the same after spelling folds (ee/i, sh/s, v/w…)',
  nameConsonantFrame: 'same consonant frame (other script or romanisation)',
  nameSubset: 'all of the shorter name appears in the longer',
  nameSpelledAlike: 'spelled alike (Jaro-Winkler ≥ 0.92)',
  nameSubsetRespelt: 'all of the shorter name appears in the longer, spelled differently',
  nameOneWordAgrees: 'one name word agrees, another differs',
  nameOneWordAlike: 'one name word is spelled alike, another differs',
  nameSameNickname: 'the same generic nickname',
  nameNoWordAgrees: 'no name word agrees',
  nameFrameCommon: 'the frame "{{frame}}" is common',
  nameShare: '"{{name}}" is on {{percent}}% of records',
  sexSame: 'the same sex on both',
  sexDifferent: 'a different sex on each',
  dobSame: 'the same date of birth',
  agesDiffer: 'ages differ by {{years}} years after the time elapsed (allowed {{allowed}})',
  missingToFound: 'went missing {{days}} days before the admission',
  placeVillage: 'the same village',
  placePoliceStation: 'the same police station',
  placeDistrict: 'the same district',
  placeNeighbours: 'the districts share a border',
  placeSameState: 'the same state, another district',
  placeOtherStates: 'different states',
  placeFarDistricts: 'different districts, not neighbours',
  languagesShared: 'both speak {{languages}}',
  languagesNone: 'no language in common',
  heightAfterGrowth: '{{height}} cm against {{expected}} cm expected after growth',
  marksSameSide: 'the same mark, same place and side',
  marksSamePlace: 'the same kind of mark on the same place',
  marksNoneCommon: 'no mark in common (marks are often missed)',
  marksOtherSide: 'a mark on the same place, other side',
  complexionSame: 'seen the same',
  complexionDifferent: 'seen differently (weak: complexion is judged by eye)',
} as const;

export type MatchReasonKey = keyof typeof MATCH_REASONS_EN;

/** One phrase of a reason; a reason is one or more phrases, shown joined by "; ". */
export interface ReasonPart {
  key: MatchReasonKey;
  params?: Record<string, string>;
}

export const isMatchReasonKey = (key: string): key is MatchReasonKey => Object.hasOwn(MATCH_REASONS_EN, key);

/** The English text of a reason, for the CLI's JSON and for explanations stored before reasons had keys. */
export function englishReason(parts: readonly ReasonPart[]): string {
  return parts.map(({ key, params }) => MATCH_REASONS_EN[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params?.[name] ?? '')).join('; ');
}
