import { expectNoSeriousA11yViolations } from '../support/axe.ts';
import { signIn } from '../support/sign-in.ts';
import { expect, test } from '../support/test.ts';

const DIR = 'screenshots';

for (const scheme of ['light', 'dark'] as const) {
  test(`on a phone, the menu button opens the pages and choosing one goes there (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // The narrowest phones in use: the top bar must still fit its menu, search box, theme and account.
    await page.setViewportSize({ width: 320, height: 640 });
    await signIn(page, 'security-lead');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    // The navigation beside the page is hidden at this width; without the menu no other page is reachable.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Search users' })).toHaveAttribute(
      'placeholder',
      'Search',
    );
    await page.screenshot({
      path: `${DIR}/top-bar-phone-${scheme}.png`,
      clip: { x: 0, y: 0, width: 320, height: 64 },
    });

    const menu = page.getByRole('button', { name: 'Open navigation' });
    await menu.click();
    const drawer = page.getByRole('dialog', { name: 'Navigation' });
    await expect(drawer.getByRole('link', { name: 'Overview' })).toHaveClass(/active/);
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${DIR}/navigation-drawer-${scheme}.png` });

    await drawer.getByRole('link', { name: 'Users' }).click();
    await expect(page).toHaveURL(/\/registration/);
    await expect(page.getByRole('heading', { level: 1, name: /users/i })).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(menu).toBeFocused();

    // Escape closes it too, choosing nothing.
    await menu.click();
    await expect(drawer).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(page).toHaveURL(/\/registration/);
  });
}

test('on a wide screen the pages stay beside the page and there is no menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'security-lead');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open navigation' })).toBeHidden();
  await expect(
    page.getByText('Authentication methods', { exact: true }).filter({ visible: true }),
  ).toBeVisible();
});
