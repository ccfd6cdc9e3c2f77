/** The matching figures for `npm run bench`: generated-data quality, public benchmarks, speed. */
import type { Row } from '../table';
import { publicRows } from './public';
import { measureQuality, qualityRows } from './quality';
import { measureSpeed } from './speed';

export type BenchPart = 'quality' | 'public' | 'speed';

export async function matchingBench(resourcesDir = process.cwd(), parts: readonly BenchPart[] = ['quality', 'public', 'speed']): Promise<Row[]> {
  const sizes = process.env['MATCH_SPEED_SIZES']?.split(',').map(Number);
  return [
    ...(parts.includes('quality') ? qualityRows(await measureQuality(Number(process.env['MATCH_REPORTS'] ?? 50_000), 1_000, Number(process.env['MATCH_SEED'] ?? 11), resourcesDir), 'generated 50k reports, 1,000 children') : []),
    ...(parts.includes('public') ? publicRows(process.env['MATCH_PUBLIC']) : []),
    ...(parts.includes('speed') ? await measureSpeed(resourcesDir, sizes) : []),
  ];
}
