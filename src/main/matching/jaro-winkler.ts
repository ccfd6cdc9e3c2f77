/** Jaro-Winkler similarity in [0, 1] (Winkler's prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, (Math.max(a.length, b.length) >> 1) - 1);
  const usedB = new Uint8Array(b.length);
  const matchedA: string[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (!usedB[j] && a[i] === b[j]) {
        usedB[j] = 1;
        matchedA.push(a[i]!);
        break;
      }
    }
  }
  const m = matchedA.length;
  if (m === 0) return 0;
  let k = 0;
  let halfTranspositions = 0;
  for (let j = 0; j < b.length; j++) if (usedB[j]) halfTranspositions += matchedA[k++] === b[j] ? 0 : 1;
  const jaro = (m / a.length + m / b.length + (m - halfTranspositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
