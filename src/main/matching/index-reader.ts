/** Read side of the matching index: postings by token, stored records, filters and term frequencies. */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ScoringContext } from './fellegi-sunter';
import { tokenHash } from './index-schema';
import { jaroWinkler } from './jaro-winkler';
import type { FilterKey, QueryIndex } from './profile';

const EMPTY = new Uint32Array(0);

/** Vocabulary words sharing this share of a word's trigrams are compared by Jaro-Winkler. */
const MIN_TRIGRAM_SHARE = 0.34;
const MIN_SIMILARITY = 0.8;
const SIMILAR_WORDS = 5;

const trigramsOf = (w: string) => {
  const s = `^${w}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return [...out];
};

export class IndexReader implements ScoringContext, QueryIndex {
  readonly count: number;
  readonly profileName: string;
  readonly u: number[][] | null;
  private readonly meanShare: Record<string, number>;
  private readonly filters: Float64Array | null;
  private readonly postingStmt: Database.Statement<[number], { df: number; ids: Buffer }>;
  private readonly dfStmt: Database.Statement<[number], { df: number }>;
  private readonly payloadStmt: Database.Statement<[number], { payload: string }>;
  private readonly vocabularyText: string;
  /** Built on the first fallback: trigram → vocabulary word numbers. */
  private trigramIndex: { words: string[]; byTrigram: Map<string, number[]>; hits: Uint16Array } | null = null;

  constructor(db: Database.Database) {
    const meta = new Map((db.prepare('SELECT key, value FROM match_meta').all() as { key: string; value: string | Buffer }[]).map((r) => [r.key, r.value]));
    if (!meta.has('count')) throw new Error('The matching index has not been built.');
    this.count = Number(meta.get('count'));
    this.profileName = String(meta.get('profile'));
    this.u = JSON.parse(String(meta.get('u'))) as number[][] | null;
    this.meanShare = JSON.parse(String(meta.get('meanShare'))) as Record<string, number>;
    const f = meta.get('filters');
    // Copied: a Buffer from SQLite need not be 8-byte aligned.
    this.filters = f instanceof Buffer ? new Float64Array(Uint8Array.from(f).buffer) : null;
    this.vocabularyText = String(meta.get('vocabulary') ?? '');
    this.postingStmt = db.prepare('SELECT df, ids FROM match_posting WHERE token = ?');
    this.dfStmt = db.prepare('SELECT df FROM match_posting WHERE token = ?');
    this.payloadStmt = db.prepare('SELECT payload FROM match_record WHERE id = ?');
  }

  /** Scoring asks the same names' frequencies for every candidate: remembered per token. */
  private readonly dfCache = new Map<string, number>();

  df(token: string): number {
    let d = this.dfCache.get(token);
    if (d === undefined) {
      d = this.dfStmt.get(tokenHash(token))?.df ?? 0;
      if (this.dfCache.size >= 100_000) this.dfCache.clear();
      this.dfCache.set(token, d);
    }
    return d;
  }

  postings(token: string): Uint32Array {
    const row = this.postingStmt.get(tokenHash(token));
    if (!row) return EMPTY;
    const b = row.ids;
    return b.byteOffset % 4 === 0 ? new Uint32Array(b.buffer, b.byteOffset, b.length / 4) : new Uint32Array(Uint8Array.from(b).buffer);
  }

  similarWords(word: string): string[] {
    if (!this.trigramIndex) {
      const words = this.vocabularyText ? this.vocabularyText.split('\n') : [];
      const byTrigram = new Map<string, number[]>();
      words.forEach((w, i) => {
        for (const g of trigramsOf(w)) {
          const list = byTrigram.get(g);
          if (list) list.push(i);
          else byTrigram.set(g, [i]);
        }
      });
      this.trigramIndex = { words, byTrigram, hits: new Uint16Array(words.length) };
    }
    const { words, byTrigram, hits } = this.trigramIndex;
    const grams = trigramsOf(word);
    const touched: number[] = [];
    for (const g of grams) {
      for (const i of byTrigram.get(g) ?? []) {
        if (hits[i] === 0) touched.push(i);
        hits[i]!++;
      }
    }
    const need = Math.max(1, Math.ceil(MIN_TRIGRAM_SHARE * grams.length));
    const scored: [string, number][] = [];
    for (const i of touched) {
      if (hits[i]! >= need) {
        const sim = jaroWinkler(word, words[i]!);
        if (sim >= MIN_SIMILARITY) scored.push([words[i]!, sim]);
      }
      hits[i] = 0;
    }
    return scored
      .sort((a, b) => b[1] - a[1])
      .slice(0, SIMILAR_WORDS)
      .map(([w]) => w);
  }

  payload(id: number): string {
    return this.payloadStmt.get(id)!.payload;
  }

  filterKey(id: number): FilterKey | null {
    const f = this.filters;
    if (!f) return null;
    return { sex: f[id * 4]!, refDay: f[id * 4 + 1]!, birthLo: f[id * 4 + 2]!, birthHi: f[id * 4 + 3]! };
  }

  share(token: string): number {
    return this.df(token) / Math.max(1, this.count);
  }

  tfRatio(token: string): number {
    const mean = this.meanShare[token.slice(0, token.indexOf(':') + 1)];
    if (!mean) return 1;
    // Never below one record: a value absent from the index is as rare as a unique one.
    return Math.max(1 / this.count, this.share(token)) / mean;
  }
}
