import { describe, expect, it } from 'vitest';
import { namesWithoutTitles } from '../../../bench/matching/public';

describe('historical_50k names without titles (public bench preparation)', () => {
  it('takes the forename and surname from the full name, titles and peerage words left out', () => {
    expect(namesWithoutTitles('sir edmund giles loder, 2nd baronet')).toEqual({ first_name: 'edmund', surname: 'loder' });
    expect(namesWithoutTitles('thomas clifford, 1st baron clifford of chudleigh')).toEqual({ first_name: 'thomas', surname: 'chudleigh' });
    expect(namesWithoutTitles('sir jean (iv) morrow')).toEqual({ first_name: 'jean', surname: 'morrow' });
    expect(namesWithoutTitles('henry childe pocock')).toEqual({ first_name: 'henry', surname: 'pocock' });
  });
  it('one name left is the surname; none left is no name', () => {
    expect(namesWithoutTitles('sir chalmers')).toEqual({ first_name: null, surname: 'chalmers' });
    expect(namesWithoutTitles('sir 2nd baronet')).toEqual({ first_name: null, surname: null });
  });
});
