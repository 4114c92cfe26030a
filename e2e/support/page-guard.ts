import type { Page } from '@playwright/test';

export interface PageGuard {
  /** CSP and Trusted Types violations, from the event in any frame and from the console. */
  violations: string[];
  /** alert/confirm/prompt dialogs: hostile markup that ran would open one. */
  dialogs: string[];
}

const CSP_CONSOLE =
  /Content Security Policy|Trusted ?Type|requires 'Trusted|Refused to (load|execute|connect|frame|apply|evaluate)/i;

/**
 * Watches a page for anything that would mean script ran that should not have: call before the first goto.
 * The event listener is installed in every frame (MSAL's silent-renewal iframe included) before its scripts.
 */
export async function guardPage(page: Page): Promise<PageGuard> {
  const guard: PageGuard = { violations: [], dialogs: [] };
  await page.exposeFunction('__reportCspViolation', (text: string) => guard.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
        .__reportCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.documentURI}`);
    });
  });
  page.on('console', (message) => {
    if (CSP_CONSOLE.test(message.text())) guard.violations.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return guard;
}
