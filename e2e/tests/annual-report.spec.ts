// 年度报告: the office head generates the 2025 report of 棉洋镇, fills in the licensing and penalty
// figures, writes section 五, is stopped by the check for a number typed into the narrative, binds it
// to the data instead, downloads the Word file and publishes; a visitor reads the report and takes
// its JSON. The 2015 report regenerated from the demo data reproduces the founding report's figures.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { actor } from '../helpers/console.js';
import { docxParagraphs, docxTables } from '../helpers/docx.js';
import {
  MANUAL_FIGURES_2021,
  cell,
  fillManualFigures,
  generateReport,
  problems,
  region,
  writeNarrative,
} from '../helpers/reports.js';
import { mainStack } from '../helpers/stack.js';

test('年度报告：生成、填报、发布前检查、导出 Word、发布，公众阅读并下载 JSON', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const head = await actor(browser, 'head');
  const p = head.page;
  await generateReport(p, 2025);
  await expect(p.getByRole('heading', { level: 1 })).toHaveText(/棉洋镇人民政府2025年政府信息公开工作年度报告/);
  // A fresh draft lacks the staff figures and section 五: it cannot be published yet.
  await expect(problems(p).filter({ hasText: '行政许可' }).first()).toBeVisible();

  await fillManualFigures(p, MANUAL_FIGURES_2021);
  await expect(problems(p).filter({ hasText: '行政许可' })).toHaveCount(0);
  await expect(cell(region(p, '报告预览'), 't2.licensing.decisions')).toHaveText('15');

  await writeNarrative(p, '五、存在的主要问题及改进情况', '政策解读的形式还比较单一。下一年度将增加图解和问答。');
  // Typed by hand, "收到申请12件" would drift from table 三: the check refuses it.
  const overview = region(p, '叙述').getByLabel('一、总体情况', { exact: true });
  const drafted = await overview.inputValue();
  await writeNarrative(p, '一、总体情况', `${drafted}\n全年共收到申请12件。`);
  await expect(problems(p)).toHaveCount(1);
  await expect(problems(p).first()).toContainText('12件');
  await region(p, '发布').getByRole('button', { name: '发布', exact: true }).click();
  await expect(p.getByRole('alert')).toContainText('发布前检查未通过');

  await writeNarrative(p, '一、总体情况', `${drafted}\n全年共收到申请{{新收申请数}}件。`);
  await expect(region(p, '发布前检查')).toContainText('检查通过');

  // The Word file agencies file upward: title, the tables with their merged headers.
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('link', { name: '下载 Word' }).click(),
  ]);
  const word = await readFile(await download.path());
  expect(docxParagraphs(word)[0]).toBe('棉洋镇人民政府2025年政府信息公开工作年度报告');
  const tables = docxTables(word);
  const table3 = tables.find((t) => t.some((row) => row.includes('申请人情况')));
  expect(table3, 'table 三 in the Word file').toBeDefined();
  expect(table3!.flat().some((text) => text.endsWith('结转下年度继续办理'))).toBe(true);
  expect(tables.flat(2)).toContain('15');

  await region(p, '发布').getByRole('button', { name: '发布', exact: true }).click();
  await expect(p.getByRole('status')).toContainText('索引号');
  await head.context.close();

  // A visitor finds it in the list of all reports, reads it and takes the JSON.
  await page.goto('/gk/mianyang/ndbg');
  await expectNoAxeViolations(page, '单位的年度报告');
  await page.goto('/ndbg');
  await expectNoAxeViolations(page, '年度报告列表');
  await page
    .getByRole('link', { name: /2025年/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('棉洋镇人民政府2025年政府信息公开工作年度报告');
  await expect(page.getByRole('columnheader', { name: '申请人情况' })).toBeVisible();
  await expect(page.getByText(/全年共收到申请\d+件。/)).toBeVisible();
  await expectNoAxeViolations(page, '年度报告');
  const json = await page.request.get((await page.getByRole('link', { name: '下载 JSON' }).getAttribute('href')) ?? '');
  expect(json.ok()).toBe(true);
  expect(JSON.stringify(await json.json())).toContain('t3.received.total');
});

test('年度报告：由演示数据生成的2015年报告与创始报告的数字一致', async ({ browser }) => {
  const head = await actor(browser, 'head');
  const p = head.page;
  await generateReport(p, 2015);
  const preview = region(p, '报告预览');
  // The founding report's figure sentence, from the records.
  await expect(preview).toContainText(
    '全年主动公开信息数为133条，其中主动公开政府信息数为133条，主动公开文件数为21条，规范性文件为5条，制发规范性文件总数为5条',
  );
  for (const part of ['政务动态713条', '镇村信息974条', '部门动态674条', '公示公告78条', '点击率达313万人次']) {
    await expect(preview).toContainText(part);
  }
  await expect(preview).toContainText('收到政府信息公开申请0件');
  await expect(preview).toContainText('被申请行政复议0件，被提起行政诉讼0件');
  // A draft for comparison: the historical report stays the published one.
  await expect(problems(p).filter({ hasText: '对照' })).toHaveCount(1);
  await head.context.close();
});

test('统计分析和公开数据：图表附数据表，可下载 CSV，无障碍', async ({ browser, page }) => {
  const editor = await actor(browser, 'editor');
  const p = editor.page;
  await p.goto(`${mainStack.console}/stats`);
  await expect(p.getByRole('heading', { level: 1 })).toHaveText('统计分析');
  await p.getByLabel('开始日期').fill('2015-01-01');
  await p.getByLabel('结束日期').fill('2015-12-31');
  await p.getByLabel('与上年同期对比').check();
  await p.getByRole('button', { name: '查看' }).click();
  const columns = p.getByRole('figure').filter({ hasText: '各栏目发布信息' });
  await expect(columns.getByRole('img')).toBeVisible();
  await columns.locator('summary', { hasText: '数据表' }).click();
  await expect(columns.getByRole('row').filter({ hasText: '政务动态' })).toContainText('713');
  const [csv] = await Promise.all([
    p.waitForEvent('download'),
    columns.getByRole('link', { name: '下载 CSV' }).click(),
  ]);
  const text = (await readFile(await csv.path())).toString('utf8');
  expect(text.startsWith('\uFEFF类别,')).toBe(true);
  expect(text).toContain('政务动态,713');
  await editor.context.close();

  await page.goto('/gk/mianyang/gksj?year=2015');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('公开数据');
  await expect(page.getByRole('img', { name: /各栏目发布信息/ })).toBeVisible();
  await expectNoAxeViolations(page, '公开数据');
});
