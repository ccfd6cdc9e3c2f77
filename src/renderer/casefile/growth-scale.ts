/**
 * Scales for the growth chart: dates along the bottom, centimetres on the left, kilograms on
 * the right, each with round tick values so a clerk can read a point off the chart.
 */
const DAY = 86_400_000;

export interface Scale {
  min: number;
  max: number;
  ticks: number[];
  /** 0 at min, 1 at max. */
  at: (v: number) => number;
}

/** A step of 1, 2 or 5 times a power of ten that gives about `count` intervals. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * pow;
}

/** A value scale over the values given (nulls ignored), padded to round ticks; null if there are none. */
export function valueScale(values: readonly (number | null)[], count = 4): Scale | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length === 0) return null;
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  if (hi - lo < 1) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep(hi - lo, count);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toFixed(6)));
  return { min, max, ticks, at: (v) => (v - min) / (max - min) };
}

/** A time scale over ISO dates; a single date gets a month either side. */
export function dateScale(dates: readonly string[]): { at: (d: string) => number; first: string; last: string } {
  const ts = dates.map((d) => Date.parse(`${d}T00:00:00Z`));
  let lo = Math.min(...ts);
  let hi = Math.max(...ts);
  if (hi - lo < DAY) {
    lo -= 30 * DAY;
    hi += 30 * DAY;
  }
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { at: (d) => (Date.parse(`${d}T00:00:00Z`) - lo) / (hi - lo), first: iso(lo), last: iso(hi) };
}
