/**
 * A one-line confirmation carried across a page change ("Confirmed: CH/2026/017 and
 * MP/PAT/2025/0117"): the review screen moves on to the next pair after a decision, and the
 * next page says what was saved. Read with peekFlash when the page starts, cleared once shown.
 */
let pending: string | null = null;

export function setFlash(text: string): void {
  pending = text;
}

export function peekFlash(): string | null {
  return pending;
}

export function clearFlash(): void {
  pending = null;
}
