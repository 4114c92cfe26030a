// What a paced run through the app costs: its page requests, the 429s (seen by the browser or counted by the
// emulator), and the page's JS heap, sampled while it runs. Shared by the export and sign-in scan rows.
import type { BrowserContext, Page } from '@playwright/test';
import { control } from './browser-kit.ts';

export interface PacedRunCost {
  pages: number;
  responses429: number;
  baselineHeapMb: number;
  peakHeapMb: number;
}

export async function watchPacedRun(
  context: BrowserContext,
  page: Page,
  emulatorUrl: string,
  pageRequest: RegExp,
  /** Read beside each heap sample (the export's progress line). */
  onSample: () => Promise<void> = async () => undefined,
) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  const baseline = await heap();
  let peak = baseline;
  let pages = 0;
  let responses429 = 0;
  page.on('request', (r) => void (pageRequest.test(r.url()) && pages++));
  page.on('response', (r) => void (r.status() === 429 && responses429++));
  const throttledBefore = (await control<{ throttled: number }>(emulatorUrl, 'throttle')).throttled;
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await heap().catch(() => 0));
      await onSample();
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    /** Stops sampling; call once the run has ended, before the page closes. */
    finish: async (): Promise<PacedRunCost> => {
      running = false;
      await sampler;
      const throttled =
        (await control<{ throttled: number }>(emulatorUrl, 'throttle')).throttled - throttledBefore;
      return {
        pages,
        responses429: Math.max(responses429, throttled),
        baselineHeapMb: baseline / 1e6,
        peakHeapMb: peak / 1e6,
      };
    },
  };
}
