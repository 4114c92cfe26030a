// After `vite build`: fails when a route's initial JavaScript (gzip) is over its enforced limit (issue 6).
import { resolve } from 'node:path';
import { checkBudgets, describeBudget, kB, verdict } from './bundle/bundle-budget.ts';
import { measureBuild } from './bundle/measure-build.ts';

const outDir = resolve(import.meta.dirname, '..', process.env.BUILD_OUT_DIR ?? 'dist');
const results = checkBudgets(measureBuild(outDir));
console.log('Initial JavaScript per route (gzip):');
for (const r of results)
  console.log(
    `  ${r.name.padEnd(17)} ${kB(r.bytes).padStart(9)}  ${verdict(r).padEnd(10)}  ${describeBudget(r)}`,
  );
if (results.some((r) => r.overLimit)) {
  console.error('Bundle budget exceeded: a route marked OVER LIMIT grew past what the build allows.');
  process.exit(1);
}
