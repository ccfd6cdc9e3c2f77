/**
 * One name concept compared across every written form on each side (name × aliases): the best
 * level wins. Levels run from identical spelling down to "one token agrees"; a side that has
 * only a generic nickname is neutral against a real name.
 */
import { coreTokens, type CanonicalName, type NameToken } from './canonical-name';
import type { Outcome, ScoringContext } from './fellegi-sunter';
import { jaroWinkler } from './jaro-winkler';

export const NAME_LEVELS = ['exact', 'same key', 'similar spelling', 'same consonants', 'token subset', 'one token agrees', 'same nickname', 'different'] as const;
const L = Object.fromEntries(NAME_LEVELS.map((n, i) => [n, i])) as Record<(typeof NAME_LEVELS)[number], number>;

const REASONS = [
  'written the same',
  'the same after spelling folds (ee/i, sh/s, v/w…)',
  'spelled alike (Jaro-Winkler ≥ 0.92)',
  'same consonant frame (other script or romanisation)',
  'all of the shorter name appears in the longer',
  'one name word agrees, another differs',
  'the same generic nickname',
  'no name word agrees',
];

const SIMILAR = 0.92;
const tokenAgrees = (a: NameToken, b: NameToken) => a.key === b.key || a.loose === b.loose || jaroWinkler(a.key, b.key) >= SIMILAR;
const joined = (ts: NameToken[], f: (t: NameToken) => string) => ts.map(f).join(' ');

/** Level of one pair of written names, and the agreeing token that a term frequency can be taken from. */
function levelOf(a: NameToken[], b: NameToken[]): { level: number; agreeing: NameToken[] } {
  if (joined(a, (t) => t.strict) === joined(b, (t) => t.strict)) return { level: L.exact, agreeing: a };
  const ka = a.map((t) => t.key).sort().join(' ');
  const kb = b.map((t) => t.key).sort().join(' ');
  if (ka === kb) return { level: L['same key'], agreeing: a };
  const glueA = a.map((t) => t.key).join('');
  const glueB = b.map((t) => t.key).join('');
  // Glued, so that Lal Thanzuala and Lalthanzuala, or Ram Kumar and Ramkumar, compare whole.
  if (jaroWinkler(glueA, glueB) >= SIMILAR) return { level: L['similar spelling'], agreeing: [] };
  if (a.map((t) => t.loose).join('') === b.map((t) => t.loose).join('')) return { level: L['same consonants'], agreeing: [] };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const hits = short.filter((s) => long.some((l) => tokenAgrees(s, l)));
  if (hits.length === short.length) return { level: L['token subset'], agreeing: hits };
  if (hits.length > 0) return { level: L['one token agrees'], agreeing: hits };
  return { level: L.different, agreeing: [] };
}

/**
 * Best level over all written forms; tfPrefix names the index tokens whose frequency makes a
 * rare agreeing name weigh more.
 */
export function compareNameSets(as: CanonicalName[], bs: CanonicalName[], ctx: ScoringContext, tfPrefix: string): Outcome | null {
  let best: { level: number; agreeing: NameToken[] } | null = null;
  for (const a of as) {
    for (const b of bs) {
      const ca = coreTokens(a);
      const cb = coreTokens(b);
      let r: { level: number; agreeing: NameToken[] } | null;
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
  const reason = REASONS[best.level]!;
  if (best.agreeing.length === 0) return { level: best.level, reason };
  const rarest = best.agreeing.reduce((x, y) => (ctx.share(tfPrefix + y.key) < ctx.share(tfPrefix + x.key) ? y : x));
  const token = tfPrefix + rarest.key;
  const pct = ctx.share(token) * 100;
  return { level: best.level, reason: `${reason}; "${rarest.strict}" is on ${pct < 0.01 ? '<0.01' : pct.toFixed(2)}% of records`, tfRatio: ctx.tfRatio(token) };
}
