/** The matching figures for `npm run bench`: generated-data quality, public benchmarks, speed. */
import type { Row } from '../table';
import { publicRows } from './public';
import { measureQuality, qualityRows } from './quality';
import { measureSpeed } from './speed';

export async function matchingBench(resourcesDir = process.cwd()): Promise<Row[]> {
  return [
    ...qualityRows(measureQuality(50_000, 1_000, 11, resourcesDir), 'generated 50k reports, 1,000 children'),
    ...publicRows(),
    ...measureSpeed(resourcesDir),
  ];
}
