// 年度报告 as staff and visitors meet it: generating a draft in the console (a job with a progress
// page), filling in the figures only staff know, editing the narrative, publishing; and the public
// report pages with their Word and JSON downloads.
import { expect, type Locator, type Page } from '@playwright/test';
import { mainStack } from './stack.js';

/** Generates the report of `year` from /reports and waits until the job's page hands over. */
export async function generateReport(page: Page, year: number): Promise<void> {
  await page.goto(`${mainStack.console}/reports`);
  await page.getByLabel('年度', { exact: true }).selectOption(String(year));
  await page.getByRole('button', { name: '生成报告', exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/\d+(\?|$)/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${year}年`);
}

export const region = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

/** The 发布前检查 list of problems on the report page (empty when the check passes). */
export const problems = (page: Page): Locator => region(page, '发布前检查').getByRole('listitem');

/** The 2021 format's staff-entered figures of table 二, each with where it comes from. */
export const MANUAL_FIGURES_2021 = [
  ['行政许可 · 本年处理决定数量', '15', '镇便民服务中心审批台账'],
  ['行政处罚 · 本年处理决定数量', '4', '镇综合行政执法办台账'],
  ['行政强制 · 本年处理决定数量', '0', '镇综合行政执法办台账'],
  ['行政事业性收费 · 本年收费金额（单位：万元）', '0', '本年无行政事业性收费项目'],
] as const;

export async function fillManualFigures(page: Page, figures: readonly (readonly [string, string, string])[]) {
  const form = region(page, '填报数据');
  for (const [label, value, note] of figures) {
    await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByLabel(`${label} 数据来源`, { exact: true }).fill(note);
  }
  await form.getByRole('button', { name: '保存填报数据', exact: true }).click();
}

/** Replaces one narrative section's text and saves the narrative. */
export async function writeNarrative(page: Page, heading: string, text: string) {
  const form = region(page, '叙述');
  await form.getByLabel(heading, { exact: true }).fill(text);
  await form.getByRole('button', { name: '保存叙述', exact: true }).click();
}

/** The value of a figure cell in the preview by its cell key (data-key). */
export const cell = (scope: Page | Locator, key: string): Locator => scope.locator(`td[data-key="${key}"]`);
