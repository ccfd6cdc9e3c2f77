/**
 * A written name → tokens with their comparison keys and roles. Titles and relation words go;
 * Kumari/Kumar/Devi/Singh… stay as optional markers; initials and generic nicknames are tagged
 * so that the scorer gives them the little weight they deserve.
 */
import { looseKey, nameKey } from './name-keys';
import { ALIAS_SEPARATORS, MARKERS, MIZO_PREFIXES, MUHAMMAD, MUHAMMAD_STRICT, NICKNAMES, RELATIONS, TITLES, TITLE_BEFORE_NAME } from './name-words';
import { romanise } from './romanise';

export type TokenKind = 'name' | 'marker' | 'initial' | 'nickname';

export interface NameToken {
  strict: string;
  key: string;
  loose: string;
  kind: TokenKind;
}

export interface CanonicalName {
  /** As written, for explanations. */
  text: string;
  tokens: NameToken[];
}

export interface ParsedName {
  names: CanonicalName[];
  /** The name after s/o, d/o, w/o in the same field: a relative's. */
  relative: string | null;
}

const memo = new Map<string, { strict: string; key: string; loose: string }>();
/**
 * Entries per memo before it starts again. Names are Zipf-distributed, so a small memo already
 * catches the repeats; each import worker holds its own memos, and at 200,000 entries they
 * took a 1M-report import's peak memory from 630 MB to 1.14 GB without making it faster.
 */
const MEMO_LIMIT = 20_000;

/** Romanisation dominates import time and names repeat (Zipf): remember recent tokens. */
function keysOf(raw: string): { strict: string; key: string; loose: string } {
  let hit = memo.get(raw);
  if (!hit) {
    const strict = romanise(raw);
    const key = nameKey(strict);
    hit = { strict, key, loose: looseKey(key) };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, hit);
  }
  return hit;
}

const token = (strict: string, key: string, kind: TokenKind, loose = looseKey(key)): NameToken => ({ strict, key, loose, kind });

/** R.S. / K. / के. : initials, one token per letter. */
const INITIALS = /^(?:\p{L}\p{M}*\.)+$/u;

function tokensOf(words: string[]): NameToken[] {
  const out: NameToken[] = [];
  words.forEach((raw, i) => {
    const { strict, key, loose } = keysOf(raw.replace(/\.$/, ''));
    const more = i < words.length - 1;
    if (MUHAMMAD.has(key) && (more || key.length > 3)) {
      out.push(token(MUHAMMAD_STRICT, nameKey(MUHAMMAD_STRICT), 'marker'));
      return;
    }
    if (INITIALS.test(raw) || (raw.length === 1 && /\p{Lu}/u.test(raw))) {
      for (const part of raw.split('.').filter(Boolean)) {
        const letter = keysOf(part).strict.slice(0, 1);
        if (letter) out.push(token(letter, letter, 'initial'));
      }
      return;
    }
    if (!strict || TITLES.has(key) || (more && TITLE_BEFORE_NAME.has(key) && out.length === 0)) return;
    if (MARKERS.has(key)) out.push(token(strict, key, 'marker', loose));
    else if (NICKNAMES.has(key)) out.push(token(strict, key, 'nickname', loose));
    else out.push(token(strict, key, 'name', loose));
  });
  return mergeMizoPrefixes(out);
}

function mergeMizoPrefixes(tokens: NameToken[]): NameToken[] {
  const out: NameToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (MIZO_PREFIXES.has(t.strict) && next?.kind === 'name') {
      const strict = t.strict + next.strict;
      out.push(token(strict, nameKey(strict), 'name'));
      i++;
    } else out.push(t);
  }
  return out;
}

/** s/o → "s o"; splits on spaces and punctuation but keeps the dot of an initial. */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\b([sdwc])\s*\/\s*o\b/gi, ' $1o ')
    .replace(/@/g, ' urf ')
    .split(/[\s,;:()/\-_"'`]+|(?<=\.)(?=\S)/u)
    .filter((w) => w !== '' && w !== '.');
}

const parsedMemo = new Map<string, ParsedName>();

/** Parsed names are shared between records (treat them as read-only): names repeat a lot. */
export function parseName(text: string | null | undefined): ParsedName {
  if (!text) return { names: [], relative: null };
  let hit = parsedMemo.get(text);
  if (!hit) {
    hit = parseUncached(text);
    if (parsedMemo.size >= MEMO_LIMIT) parsedMemo.clear();
    parsedMemo.set(text, hit);
  }
  return hit;
}

function parseUncached(text: string): ParsedName {
  const names: CanonicalName[] = [];
  let relative: string | null = null;
  let current: string[] = [];
  const flush = () => {
    const tokens = tokensOf(current);
    if (tokens.length > 0) names.push({ text: current.join(' '), tokens });
    current = [];
  };
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const key = keysOf(w.replace(/\.$/, '')).key;
    // "of" after son/daughter/wife belongs to the relation.
    if (RELATIONS.has(key) && i < ws.length - 1 && current.length > 0) {
      const rest = ws.slice(keysOf(ws[i + 1]!).key === 'of' ? i + 2 : i + 1);
      relative = rest.join(' ') || null;
      break;
    }
    if (ALIAS_SEPARATORS.has(key)) flush();
    else current.push(w);
  }
  flush();
  return { names, relative };
}

/** Tokens that identify (not markers, nicknames or initials). */
export const coreTokens = (n: CanonicalName) => n.tokens.filter((t) => t.kind === 'name');
