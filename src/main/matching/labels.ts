/**
 * Labels for reviewers, from the match probability. Thresholds: see docs/matching-engine.md
 * ("Thresholds") for the measured trade-off they were chosen on.
 */
export type MatchLabel = 'likely' | 'possible' | 'unlikely';

export const LIKELY_AT = 0.9;
export const POSSIBLE_AT = 0.05;

export const labelOf = (probability: number): MatchLabel => (probability >= LIKELY_AT ? 'likely' : probability >= POSSIBLE_AT ? 'possible' : 'unlikely');
