// Public-site checks. The site keeps rendered pages in memory and drops them within about a
// second of a content change (it polls the API's content version), so a page that must show new
// content is loaded again until it does — a fresh detail page says nothing about cached lists.
import { expect, type Locator, type Page } from '@playwright/test';

/** Repeats `open` (navigation, clicks) until `target` is visible, or fails after `timeout`. */
export async function untilVisible(
  open: () => Promise<unknown>,
  target: () => Locator,
  timeout = 15_000,
): Promise<void> {
  await expect(async () => {
    await open();
    await expect(target()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout, intervals: [500, 1_000, 2_000] });
}

/** Opens `url` until `target(page)` is visible. */
export async function gotoUntilVisible(
  page: Page,
  url: string,
  target: (page: Page) => Locator,
  timeout = 15_000,
): Promise<void> {
  await untilVisible(
    () => page.goto(url),
    () => target(page),
    timeout,
  );
}

export const searchUrl = (q: string) => `/search?q=${encodeURIComponent(q)}`;
