// `npm run bench`: measures, prints one table (issue 6). Figures, not assertions: these machines are noisy.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkBudgets, describeBudget, kB, verdict } from '../bundle/bundle-budget.ts';
import { measureBuild } from '../bundle/measure-build.ts';
import { startApp } from './app-server.ts';
import { launchBrowser } from './browser-kit.ts';
import { measureExport } from './export-csv.ts';
import { measureSignInScan } from './sign-in-scan.ts';
import { measureFirstChart } from './first-chart.ts';
import { lighthouseScore } from './lighthouse-overview.ts';
import { probeEmulator } from './probe-emulator.ts';
import { measureUserPage } from './user-page-requests.ts';
import { measureUsersList } from './users-list.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
// A build of its own, so the bench never races a developer's or the e2e suite's dist/.
const OUT_DIR = 'dist-bench';
// Ports of its own (8460-8470), apart from npm start's and the e2e suite's.
const BIG = { users: 100_000, emulatorPort: 8460, appPort: 8461, outDir: OUT_DIR };
const EXPORT = { users: 20_000, emulatorPort: 8462, appPort: 8463, outDir: OUT_DIR };

type Row = [measure: string, value: string, goal: string];
const rows: Row[] = [];
// Too long for a column: printed under the table.
const notes: string[] = [];
const add = (...row: Row) => {
  rows.push(row);
  console.error(`  ${row[0]}: ${row[1]}`); // progress while the run goes on
};
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const msText = (ms: number) => `${Math.round(ms)} ms`;

console.error('Building the app…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
  cwd: ROOT,
  env: { ...process.env, BUILD_OUT_DIR: OUT_DIR },
  stdio: 'inherit',
});
for (const r of checkBudgets(measureBuild(resolve(ROOT, OUT_DIR))))
  add(
    `1. Initial JS (gzip): ${r.name}`,
    kB(r.bytes),
    `${describeBudget(r)}${verdict(r) ? ` [${verdict(r)}]` : ''}`,
  );

console.error('Emulator probes…');
for (const users of [1000, 20000, 100000]) {
  const result = probeEmulator(users, users === 100000 ? 25 : 5);
  add(`7. Emulator start-up, ${users.toLocaleString('en-US')} users`, msText(result.startupMs), '');
  if (users === 100000) {
    add(
      '7. 999-row filtered userRegistrationDetails page, 100k users (median of 25)',
      `${result.commonPageMs} ms`,
      'goal < 30 ms',
    );
    add(
      `7.   worst case: a rare filter walking all users (${result.rareRows} rows)`,
      `${result.rarePageMs} ms`,
      '',
    );
    add('7. Emulator RSS with the 100k tenant', `${result.rssMb} MB`, 'goal < 500 MB');
  }
}

const browser = await launchBrowser();
try {
  console.error('App against a 100k-user emulator…');
  const big = await startApp(BIG);
  try {
    const chart = await measureFirstChart(browser, big);
    add('2. Time to first chart, Overview, 100k users (median of 5)', msText(chart.appMs), '');
    add(
      `2. Bare reference page, same ${chart.graphCalls} Graph calls (median of 5)`,
      msText(chart.referenceMs),
      '',
    );
    add('2. Ratio app / reference', (chart.appMs / chart.referenceMs).toFixed(2), 'goal ≤ 1.5');

    const list = await measureUsersList(browser, big);
    add(
      '5. Users list, 100k: in-app navigation → first page of rows (median of 5)',
      msText(list.inAppRowsMs),
      'goal < 500 ms',
    );
    add(
      '5. Users list, 100k: full page load → first page of rows (median of 5)',
      msText(list.firstRowsMs),
      'goal < 500 ms',
    );
    add(
      '5. Users list, 100k: typing a search → results, 250 ms debounce included (median of 5)',
      msText(list.searchMs),
      'goal < 500 ms',
    );
    add(
      `5. Users list, 100k: most DOM rows while scrolling 3 pages of ${list.pageSize}`,
      String(list.maxDomRows),
      'bounded',
    );

    const user = await measureUserPage(browser, big);
    for (const [how, count] of [
      ['opened from the search box', user.inApp],
      ['loaded afresh at /users/:id', user.fullLoad],
    ] as const) {
      add(
        `4. User page (${user.methods} methods) ${how}: Graph HTTP requests`,
        String(count.graphHttp),
        'goal 1, at most 2',
      );
      add(`4.   ${how}: Graph requests inside $batch`, String(count.insideBatches), '');
      add(`4.   ${how}: requests to the authority`, String(count.authorityHttp), '');
      notes.push(`4. User page ${how}: ${count.requests.join(', ')}`);
    }

    for (const preset of ['mobile', 'desktop'] as const) {
      // Let Graph's 10-second reports window empty between runs of the same app registration.
      await new Promise((r) => setTimeout(r, 11_000));
      const { score, metrics } = await lighthouseScore(big, preset);
      notes.push(`6. Lighthouse ${preset}: ${metrics}`);
      add(
        `6. Lighthouse performance, Overview, ${preset}`,
        score.toFixed(2),
        preset === 'mobile' ? 'goal ≥ 0.90' : 'goal ≥ 0.98',
      );
    }
  } finally {
    await big.stop();
  }

  console.error('App against a 20k-user emulator, export…');
  const small = await startApp(EXPORT);
  try {
    const result = await measureExport(browser, small);
    add(
      `3. Full CSV export, 20k users (${result.rows.toLocaleString('en-US')} rows, ${result.pages} pages)`,
      s(result.ms),
      '',
    );
    add('3. Throttle-bound minimum (pages ÷ 5 × 10 s)', s(result.throttleBoundMs), '');
    add('3. Ratio export / minimum', (result.ms / result.throttleBoundMs).toFixed(2), 'goal ≤ 1.10');
    add('3. 429 responses during the export', String(result.responses429), 'goal 0');
    add(
      '3. Peak JS heap during the export',
      `${result.peakHeapMb.toFixed(1)} MB`,
      `before: ${result.baselineHeapMb.toFixed(1)} MB`,
    );
    if (result.etaSample)
      notes.push(
        `3. Progress shown a quarter of the way: "${result.etaSample.text}" (really left: ${s(result.etaSample.actualLeftMs)})`,
      );
    const scan = await measureSignInScan(browser, small);
    add(
      `8. Sign-in scan, 20k users, 7 days (${scan.signIns.toLocaleString('en-US')} sign-ins, ${scan.pages} pages)`,
      s(scan.ms),
      '',
    );
    add('8. Throttle-bound minimum ((⌈pages ÷ 5⌉ − 1) × 10 s)', s(scan.throttleBoundMs), '');
    add(
      '8. Ratio sign-in scan / minimum',
      scan.throttleBoundMs > 0 ? (scan.ms / scan.throttleBoundMs).toFixed(2) : 'n/a',
      'goal ≤ 1.10',
    );
    add('8. 429 responses during the sign-in scan', String(scan.responses429), 'goal 0');
    add(
      '8. Peak JS heap during the sign-in scan',
      `${scan.peakHeapMb.toFixed(1)} MB`,
      `before: ${scan.baselineHeapMb.toFixed(1)} MB`,
    );
  } finally {
    await small.stop();
  }
} finally {
  await browser.close();
}

const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(10, ...rows.map((r) => r[1].length));
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(valueWidth)}  goal / budget`);
// In the issue's order (rows were measured in the order the run needs), keeping each group's own order.
const group = (row: Row) => Number.parseInt(row[0], 10);
for (const [name, value, goal] of [...rows].sort((a, b) => group(a) - group(b)))
  console.log(`${name.padEnd(width)}  ${value.padStart(valueWidth)}  ${goal}`);
for (const note of notes) console.log(note);
