// 年度报告 as staff and visitors meet it: generating a draft in the console (a job with a progress
// page), filling in the figures only staff know, editing the narrative, publishing; and the public
// report pages with their Word and JSON downloads.
import { expect, type Page } from '@playwright/test';
import { mainStack } from './stack.js';

/** Generates the report of `year` from /reports and waits until the job's page hands over. */
export async function generateReport(page: Page, year: number): Promise<void> {
  await page.goto(`${mainStack.console}/reports`);
  await page.getByLabel('年度', { exact: true }).selectOption(String(year));
  await page.getByRole('button', { name: '生成报告', exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/\d+/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${year}年`);
}

/** The 发布前检查 list of problems on the report page (empty when the check passes). */
export function problems(page: Page) {
  return page.getByRole('region', { name: '发布前检查' }).getByRole('listitem');
}
