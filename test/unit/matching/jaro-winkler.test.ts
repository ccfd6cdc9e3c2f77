import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../src/main/matching/jaro-winkler';

describe('Jaro-Winkler', () => {
  it('matches the published values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });
  it('handles identity, empties and no overlap', () => {
    expect(jaroWinkler('sunita', 'sunita')).toBe(1);
    expect(jaroWinkler('', '')).toBe(0);
    expect(jaroWinkler('abc', '')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
  it('is symmetric', () => {
    expect(jaroWinkler('suneeta', 'sunita')).toBeCloseTo(jaroWinkler('sunita', 'suneeta'), 10);
  });
});
