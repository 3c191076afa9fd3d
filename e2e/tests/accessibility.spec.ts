// axe (WCAG 2.0/2.1 A and AA) on every public page template, in standard and 适老化 mode, and on
// the console's login page. One test per page, so a report names each failing template.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { mainStack } from '../helpers/stack.js';
import { publicQuery } from '../helpers/test-api.js';

interface Summary {
  id: number;
  title: string;
  validity: string;
}
interface Detail extends Summary {
  attachments: unknown[];
  interpretations: unknown[];
  revisions: { revision: number }[];
}
type ListPage<T> = { items: T[]; total: number };

/** Demo documents that show the richest templates, found through the public API. */
const fixtures = { normative: 0, repealed: 0, revision: 1 };

test.beforeAll(async () => {
  // A 规范性文件 of this year: attachment, 政策解读 and revision history.
  const normative = await publicQuery<ListPage<Summary>>('list', { org: 'mianyang', column: 'gfxwj', pageSize: 20 });
  for (const item of normative.items) {
    const detail = await publicQuery<Detail>('publication', { id: item.id });
    if (detail.attachments.length > 0 && detail.interpretations.length > 0) {
      fixtures.normative = item.id;
      fixtures.revision = detail.revisions[0]?.revision ?? 1;
      break;
    }
  }
  // A repealed 2015 notice (有效性 banner).
  for (let page = 1; page <= 40 && !fixtures.repealed; page++) {
    const list = await publicQuery<ListPage<Summary>>('list', { org: 'mianyang', year: 2015, page, pageSize: 100 });
    fixtures.repealed = list.items.find((i) => i.validity !== '有效')?.id ?? 0;
    if (list.items.length < 100) break;
  }
  expect(fixtures.normative, 'demo data should have a 规范性文件 with attachment and 政策解读').toBeGreaterThan(0);
  expect(fixtures.repealed, 'demo data should have a repealed document').toBeGreaterThan(0);
});

async function check(page: Page, path: string, what: string, status = 200) {
  const res = await page.goto(path);
  expect(res?.status(), `${what}: HTTP status of ${path}`).toBe(status);
  await expectNoAxeViolations(page, what);
}

const pages: [string, () => string, number?][] = [
  ['首页', () => '/'],
  ['政府信息公开（单位列表）', () => '/gk'],
  ['单位政府信息公开主页', () => '/gk/mianyang'],
  ['政府信息公开指南', () => '/gk/mianyang/guide'],
  ['政府信息公开目录', () => '/gk/mianyang/catalog'],
  ['依申请公开（须知和申请表）', () => '/gk/mianyang/ysqgk'],
  ['依申请公开查询（输入查询号）', () => '/gk/mianyang/ysqgk/track'],
  ['栏目列表', () => '/column/zwdt'],
  ['正文（附件、政策解读）', () => `/info/${fixtures.normative}`],
  ['正文（已废止）', () => `/info/${fixtures.repealed}`],
  ['历史版本', () => `/info/${fixtures.normative}/revision/${fixtures.revision}`],
  ['搜索结果', () => '/search?q=%E5%9E%83%E5%9C%BE'],
  ['搜索无结果', () => '/search?q=zzqqxx%E6%97%A0%E6%AD%A4%E8%AF%8D'],
  ['征求意见列表', () => '/zjyj'],
  ['征求意见查询（输入查询码）', () => '/zjyj/track'],
  ['互动交流（公开留言列表）', () => '/hdjl'],
  ['我要写信', () => '/hdjl/write'],
  ['留言已提交（页面已失效）', () => '/hdjl/done'],
  ['留言查询（输入查询号）', () => '/hdjl/track'],
  ['热线电话', () => '/hdjl/hotline'],
  ['404 页面（不存在的信息）', () => '/info/99999999', 404],
  ['404 页面（不存在的网址）', () => '/no-such-page', 404],
];

for (const [what, path, status] of pages) {
  test(`无障碍：${what}`, async ({ page }) => {
    await check(page, path(), what, status);
  });
}

test('无障碍：目录分类列表带年份筛选', async ({ page }) => {
  await page.goto('/gk/mianyang');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^规章制度类信息/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('规章制度类信息');
  await expectNoAxeViolations(page, '目录分类列表');
});

test('无障碍：适老化模式（首页、正文）', async ({ page }) => {
  await page.goto('/?mode=care');
  await expect(page.locator('html')).toHaveClass(/gk-care/);
  await expectNoAxeViolations(page, '适老化模式首页');
  await page.goto(`/info/${fixtures.repealed}`);
  await expect(page.locator('html')).toHaveClass(/gk-care/);
  await expectNoAxeViolations(page, '适老化模式正文');
  await page.goto(`/info/${fixtures.normative}`);
  await expectNoAxeViolations(page, '适老化模式正文（附件）');
});

test('无障碍：控制台登录页', async ({ page }) => {
  await check(page, `${mainStack.console}/login`, '控制台登录页');
});
