/**
 * Words that surround a name without being one. Lists are written as people write them, in
 * any script; they are compared by name key, so Shri/Sri/Shree/श्री are one entry.
 */
import { nameKey } from './name-keys';
import { romanise } from './romanise';

const keySet = (words: string[]) => new Set(words.map((w) => nameKey(romanise(w))));

/** Dropped wherever they stand. */
export const TITLES = keySet([
  'shri', 'sri', 'shree', 'sree', 'smt', 'shrimati', 'srimati', 'sushri', 'mr', 'mrs', 'ms', 'miss', 'master', 'dr', 'km',
  'late', 'lt', 'swargiya', 'swargiye', 'marhoom', 'marhum',
  'श्री', 'श्रीमती', 'सुश्री', 'स्व', 'स्वर्गीय', 'स्वर्गीया', 'मृत', 'कु', 'सौ',
]);

/** Kumari is a title before a name (Kumari Sunita) and an optional marker after it. */
export const TITLE_BEFORE_NAME = keySet(['kumari', 'कुमारी']);

/** Relation words: what follows is the relative's name, not the person's. */
export const RELATIONS = keySet(['so', 'do', 'wo', 'co', 'son', 'daughter', 'wife', 'putra', 'putri', 'patni', 'पुत्र', 'पुत्री', 'पत्नी', 'बेटा', 'बेटी']);

/** Words that separate a name from an alias: Ramesh urf Pappu, Ramesh @ Pappu. */
export const ALIAS_SEPARATORS = keySet(['urf', 'alias', 'उर्फ', 'उर्फ़']);

/** Present or absent at will in the same person's name; never evidence on their own. */
export const MARKERS = keySet(['kumar', 'kumari', 'devi', 'bai', 'bhai', 'ben', 'behen', 'kaur', 'singh', 'sinh', 'कुमार', 'कुमारी', 'देवी', 'बाई', 'भाई', 'बेन', 'कौर', 'सिंह']);

/** Md, Mohd, Mohammad, मो., मोह.: one marker, written one way. */
export const MUHAMMAD = keySet(['md', 'mohd', 'mohamad', 'mohammad', 'mohammed', 'muhammad', 'mohamed', 'mohmad', 'mohmmad', 'mo', 'moh', 'मो', 'मोह', 'मोहम्मद', 'मुहम्मद', 'मोहमद']);
export const MUHAMMAD_STRICT = 'mohammad';

/** Nicknames given to many children; agreement on one says little. */
export const NICKNAMES = keySet([
  'munna', 'munni', 'guddu', 'guddi', 'gudiya', 'pappu', 'pappi', 'babli', 'bablu', 'babloo', 'chhotu', 'chotu', 'chhoti', 'golu', 'sonu', 'monu',
  'pinky', 'pinki', 'raju', 'bittu', 'tinku', 'rinku', 'chintu', 'pintu', 'bunty', 'bunti', 'dabbu', 'lado', 'baby', 'babu', 'kallu',
  'lallu', 'sweety', 'dolly', 'bhola', 'nanhe', 'nanhi', 'kaku', 'bapi', 'tuktuk', 'khokon', 'khuku', 'chinnu', 'kutty', 'papa',
]);

/** Mizo name prefixes written apart or joined (Lal Thanzuala = Lalthanzuala). */
export const MIZO_PREFIXES = new Set(['lal', 'van', 'vanlal']);
