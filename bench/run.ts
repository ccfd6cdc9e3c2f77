/** `npm run bench`: measures and prints; it asserts nothing (speed is not a unit test). */
import { foundationBench } from './foundation';
import { printTable } from './table';

printTable('Foundation (this machine)', await foundationBench());
