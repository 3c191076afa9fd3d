// The publication workflow in the console, step by step as officials do it: editor writes and
// submits, reviewer approves, publisher publishes. Every step goes through the UI.
import { expect, type Browser, type Page } from '@playwright/test';
import { actor } from './console.js';
import { mainStack, type Stack } from './stack.js';

export interface PublicationFields {
  title?: string;
  summary?: string;
  docNumber?: string;
  /** 主题分类 label. */
  topic?: string;
  /** 体裁分类 label. */
  genre?: string;
  /** 公开目录 category name (a top-level one: children are shown indented). */
  category?: string;
  /** 发布栏目 names to tick. */
  columns?: string[];
  /** Plain text for the body. */
  body?: string;
}

/** Fills what is given in the publication editor (new, edit): works with and without JavaScript. */
export async function fillEditor(page: Page, f: PublicationFields): Promise<void> {
  if (f.title !== undefined) await page.getByLabel('标题', { exact: true }).fill(f.title);
  if (f.summary !== undefined) await page.getByLabel('内容概述', { exact: true }).fill(f.summary);
  if (f.docNumber !== undefined) await page.getByLabel('文号', { exact: true }).fill(f.docNumber);
  if (f.topic !== undefined) await page.getByLabel('主题分类', { exact: true }).selectOption({ label: f.topic });
  if (f.genre !== undefined) await page.getByLabel('体裁分类', { exact: true }).selectOption({ label: f.genre });
  if (f.category !== undefined) await page.getByLabel('公开目录', { exact: true }).selectOption({ label: f.category });
  for (const column of f.columns ?? []) {
    await page.getByRole('group', { name: '发布栏目' }).getByLabel(column, { exact: true }).check();
  }
  // The rich-text area with JavaScript, the plain textarea without: both are this textbox.
  if (f.body !== undefined) await page.getByRole('textbox', { name: '正文内容' }).fill(f.body);
}

/** The publication id in a console URL such as /publications/12/edit. */
export function publicationIdOf(page: Page): number {
  const m = /\/publications\/(\d+)/.exec(new URL(page.url()).pathname);
  if (!m) throw new Error(`not on a publication page: ${page.url()}`);
  return Number(m[1]);
}

const DEFAULTS: PublicationFields = { topic: '综合政务', genre: '通知' };

/** 新建信息 → 保存草稿; returns the new draft's id (the console moves on to its edit page). */
export async function createDraft(
  page: Page,
  fields: PublicationFields & { title: string },
  stack: Stack = mainStack,
): Promise<number> {
  await page.goto(`${stack.console}/publications/new`);
  await fillEditor(page, { ...DEFAULTS, ...fields });
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page).toHaveURL(/\/publications\/\d+\/edit/);
  await expect(page.getByText('草稿已创建')).toBeVisible();
  return publicationIdOf(page);
}

/** The status badge sits in the page's h1 on the detail, edit and review pages. */
export async function expectStatus(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(label);
}

/** 提交审核 on the detail page (editor, author). */
export async function submitForReview(page: Page, id: number, stack: Stack = mainStack): Promise<void> {
  await page.goto(`${stack.console}/publications/${id}`);
  await page.getByRole('button', { name: '提交审核', exact: true }).click();
  await expectStatus(page, '待审核');
}

/** 审核通过 on the review page (reviewer, not the author). */
export async function approve(page: Page, id: number, stack: Stack = mainStack): Promise<void> {
  await page.goto(`${stack.console}/publications/${id}/review`);
  await page.getByRole('button', { name: '审核通过' }).click();
  await expect(page).toHaveURL(new RegExp(`/publications/${id}$`));
  await expectStatus(page, '待发布');
}

/** 立即发布 on the detail page (publisher); returns the 索引号 the console reports. */
export async function publishNow(page: Page, id: number, stack: Stack = mainStack): Promise<string> {
  await page.goto(`${stack.console}/publications/${id}`);
  await page.getByRole('button', { name: '立即发布' }).click();
  const done = page.getByRole('status').filter({ hasText: '已发布，索引号' });
  await expect(done).toBeVisible();
  return ((await done.textContent()) ?? '').replace(/^.*索引号\s*/, '').trim();
}

/** Editor writes and submits, reviewer approves; returns the id of the approved item. */
export async function approvedViaUi(
  browser: Browser,
  fields: PublicationFields & { title: string },
  stack: Stack = mainStack,
): Promise<number> {
  const editor = await actor(browser, 'editor', { stack });
  const id = await createDraft(editor.page, fields, stack);
  await submitForReview(editor.page, id, stack);
  await editor.context.close();
  const reviewer = await actor(browser, 'reviewer', { stack });
  await approve(reviewer.page, id, stack);
  await reviewer.context.close();
  return id;
}

/** The whole workflow through the UI; returns the id of the published item. */
export async function publishedViaUi(
  browser: Browser,
  fields: PublicationFields & { title: string },
  stack: Stack = mainStack,
): Promise<number> {
  const id = await approvedViaUi(browser, fields, stack);
  const publisher = await actor(browser, 'publisher', { stack });
  await publishNow(publisher.page, id, stack);
  await publisher.context.close();
  return id;
}
