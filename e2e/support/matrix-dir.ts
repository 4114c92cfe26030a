import { join } from 'node:path';

/** Where the fault matrix's cells are recorded during a run (inside Playwright's output folder, cleaned per run). */
export const matrixDir = (outputDir: string) => join(outputDir, 'fault-matrix-cells');
