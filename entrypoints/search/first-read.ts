/**
 * The guard's storage read, started when this module runs: first in the script, as index.ts
 * imports it before anything else (read.ts).
 */
import { readRecords } from './read';

export const firstRead = readRecords();
