/**
 * One name concept compared across every written form on each side (name × aliases): the best
 * level wins. Levels run from identical spelling down to "one token agrees"; a side that has
 * only a generic nickname is neutral against a real name.
 */
import { coreTokens, type CanonicalName, type NameToken } from './canonical-name';
import { englishReason, type MatchReasonKey, type ReasonPart } from '../../shared/domain/match-reasons';
import type { Outcome, ScoringContext } from './fellegi-sunter';
import { jaroWinkler } from './jaro-winkler';

export const NAME_LEVELS = [
  'exact',
  'same key',
  'same consonants',
  'token subset',
  'similar spelling',
  'token subset, respelt',
  'one token agrees',
  'one token alike',
  'same nickname',
  'different',
] as const;
const L = Object.fromEntries(NAME_LEVELS.map((n, i) => [n, i])) as Record<(typeof NAME_LEVELS)[number], number>;

const REASONS: readonly MatchReasonKey[] = [
  'nameWrittenSame',
  'nameSpellingFolds',
  'nameConsonantFrame',
  'nameSubset',
  'nameSpelledAlike',
  'nameSubsetRespelt',
  'nameOneWordAgrees',
  'nameOneWordAlike',
  'nameSameNickname',
  'nameNoWordAgrees',
];

const SIMILAR = 0.92;
const tokenAlike = (a: NameToken, b: NameToken) => a.loose === b.loose || jaroWinkler(a.key, b.key) >= SIMILAR;
const joined = (ts: NameToken[], f: (t: NameToken) => string) => ts.map(f).join(' ');

/**
 * Level of one pair of written names, and the tokens that a term frequency is taken from:
 * `agreeing` agree by key (a rare one makes the level weigh more, a common one less); `alike`
 * agree only by consonant frame or spelling (a common frame weighs less, a rare one no more
 * than the level's average: Gaurika and Karuka share the frame krk).
 */
function levelOf(a: NameToken[], b: NameToken[]): { level: number; agreeing: NameToken[]; alike?: NameToken[] } {
  if (joined(a, (t) => t.strict) === joined(b, (t) => t.strict)) return { level: L.exact, agreeing: a };
  const ka = a.map((t) => t.key).sort().join(' ');
  const kb = b.map((t) => t.key).sort().join(' ');
  if (ka === kb) return { level: L['same key'], agreeing: a };
  if (a.map((t) => t.loose).join('') === b.map((t) => t.loose).join('')) return { level: L['same consonants'], agreeing: [], alike: a };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const same = short.filter((s) => long.some((l) => s.key === l.key));
  if (same.length === short.length) return { level: L['token subset'], agreeing: same };
  // Glued, so that Lal Thanzuala and Lalthanzuala, or Ram Kumar and Ramkumar, compare whole.
  if (jaroWinkler(a.map((t) => t.key).join(''), b.map((t) => t.key).join('')) >= SIMILAR) return { level: L['similar spelling'], agreeing: [] };
  const alike = short.filter((s) => !same.includes(s) && long.some((l) => tokenAlike(s, l)));
  if (same.length + alike.length === short.length) return { level: L['token subset, respelt'], agreeing: same, alike };
  if (same.length > 0) return { level: L['one token agrees'], agreeing: same };
  if (alike.length > 0) return { level: L['one token alike'], agreeing: [], alike };
  return { level: L.different, agreeing: [] };
}

/**
 * Best level over all written forms; tfPrefix names the index tokens whose frequency makes a
 * rare agreeing name weigh more.
 */
export function compareNameSets(as: CanonicalName[], bs: CanonicalName[], ctx: ScoringContext, tfPrefix: string): Outcome | null {
  let best: { level: number; agreeing: NameToken[]; alike?: NameToken[] } | null = null;
  for (const a of as) {
    for (const b of bs) {
      const ca = coreTokens(a);
      const cb = coreTokens(b);
      let r: { level: number; agreeing: NameToken[]; alike?: NameToken[] } | null;
      if (ca.length > 0 && cb.length > 0) r = levelOf(ca, cb);
      else {
        const nickA = a.tokens.filter((t) => t.kind === 'nickname').map((t) => t.key);
        const nickB = b.tokens.filter((t) => t.kind === 'nickname').map((t) => t.key);
        r = nickA.some((k) => nickB.includes(k)) ? { level: L['same nickname'], agreeing: [] } : null;
      }
      if (r && (!best || r.level < best.level)) best = r;
    }
  }
  // Null when one side has only a nickname and the other none: a nickname says nothing about a real name.
  if (!best) return null;
  const level: ReasonPart = { key: REASONS[best.level]! };
  const outcome = (because: ReasonPart[], tfRatio?: number, uFloor?: number): Outcome => ({
    level: best.level,
    reason: englishReason(because),
    because,
    ...(tfRatio === undefined ? {} : { tfRatio }),
    ...(uFloor === undefined ? {} : { uFloor }),
  });
  if (best.agreeing.length === 0) {
    if (!best.alike?.length) return outcome([level]);
    // Frames only penalise: the consonant frame of the rarest alike token, ratio at least 1.
    const frame = best.alike.reduce((x, y) => (ctx.share(`l:${y.loose}`) < ctx.share(`l:${x.loose}`) ? y : x));
    const ratio = ctx.tfRatio(`l:${frame.loose}`);
    return ratio > 1 ? outcome([level, { key: 'nameFrameCommon', params: { frame: frame.loose } }], ratio) : outcome([level]);
  }
  const rarest = best.agreeing.reduce((x, y) => (ctx.share(tfPrefix + y.key) < ctx.share(tfPrefix + x.key) ? y : x));
  const token = tfPrefix + rarest.key;
  const share = ctx.share(token);
  const pct = share * 100;
  // Never rarer than one record of the index.
  const uFloor = Math.max(share, ctx.count ? 1 / ctx.count : 0);
  return outcome([level, { key: 'nameShare', params: { name: rarest.strict, percent: pct < 0.01 ? '<0.01' : pct.toFixed(2) } }], ctx.tfRatio(token), uFloor);
}
