import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { matrixDir } from './matrix-dir.ts';

interface CellLine {
  flow: string;
  fault: string;
  passed: boolean;
  at: number;
}

/**
 * Global teardown: every worker recorded its fault-matrix cells; print them as one matrix (flows × faults),
 * the last attempt of a retried cell counting.
 */
export default function printMatrices(config: FullConfig): void {
  const dir = matrixDir(config.projects[0]!.outputDir);
  if (!existsSync(dir)) return;
  const cells = new Map<string, CellLine>();
  for (const file of readdirSync(dir)) {
    for (const text of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!text) continue;
      const line = JSON.parse(text) as CellLine;
      const key = `${line.flow} × ${line.fault}`;
      if ((cells.get(key)?.at ?? 0) <= line.at) cells.set(key, line);
    }
  }
  const flows = [...new Set([...cells.values()].map((c) => c.flow))];
  const faults = [...new Set([...cells.values()].map((c) => c.fault))];
  const width = Math.max(...flows.map((f) => f.length));
  const rows = faults.map((fault) => {
    const marks = flows.map((flow) => {
      const cell = cells.get(`${flow} × ${fault}`);
      return (cell ? (cell.passed ? 'pass' : 'FAIL') : '  - ').padEnd(width);
    });
    return `${fault.padEnd(42)} ${marks.join(' ')}`;
  });
  const passed = [...cells.values()].filter((c) => c.passed).length;
  console.log(
    [
      '',
      'Fault matrix (all workers): rows are faults, columns flows; "-" is not run',
      `${''.padEnd(42)} ${flows.map((f) => f.padEnd(width)).join(' ')}`,
      ...rows,
      `${passed} of ${cells.size} cells passed`,
    ].join('\n'),
  );
}
