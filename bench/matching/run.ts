/** `node --import tsx bench/matching/run.ts`: the matching bench alone. */
import { printTable } from '../table';
import { matchingBench } from './index';

printTable('Matching (this machine)', await matchingBench());
