// Public participation as people meet it: 征求意见 (staff open a consultation on a Word draft, a
// visitor comments with the form under the draft and keeps the 意见查询码, staff moderate and answer)
// and 互动交流 (a visitor writes, keeps the 查询号 and 查询码, staff reply from the console's inbox).
import { expect, type Browser, type Page } from '@playwright/test';
import { actor, type Actor } from './console.js';
import { DOCX_MIME, makeDocx } from './docx.js';
import { expectBotCheckSolved } from './forms.js';
import { fact, type Codes } from './requests.js';
import { mainStack } from './stack.js';
import { uniqueSuffix } from './unique.js';

/** The demo's 互动回复员 of 棉洋镇 and of 华城镇 (packages/db/src/demo/accounts.ts). */
export const MIANYANG_OFFICER = 'hudong';
export const HUACHENG_OFFICER = 'hc_hudong';
export const MIANYANG = '棉洋镇人民政府';
export const HUACHENG = '华城镇人民政府';

/**
 * A unique marker made of letters only: the public search ignores runs of six digits or more (so
 * a masked number cannot be confirmed), and a time-based suffix may hold such a run.
 */
export function marker(): string {
  return uniqueSuffix().replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
}

/** 'YYYY-MM-DD' plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---- 征求意见: the console ------------------------------------------------------------------

export interface ConsultationDraft {
  title: string;
  explanation: string;
  /** Paragraphs opening with 第…条: each becomes a section comments can target. */
  articles: string[];
}

export interface OpenedConsultation {
  id: number;
  openDate: string;
  closeDate: string;
}

/**
 * The 互动回复员 of 棉洋镇 opens a consultation on an uploaded Word draft, opening today (the API's
 * day) with the default closing date; returns its id and period as the console confirms them.
 */
export async function openConsultation(browser: Browser, draft: ConsultationDraft): Promise<OpenedConsultation> {
  const staff = await actor(browser, MIANYANG_OFFICER);
  const p = staff.page;
  await p.goto(`${mainStack.console}/consultations/new`);
  const source = p.getByRole('group', { name: '征求意见稿' });
  await source.getByLabel('上传 Word 文档', { exact: true }).check();
  await source.getByLabel('Word 文档（.docx）', { exact: true }).setInputFiles({
    name: `${draft.title}.docx`,
    mimeType: DOCX_MIME,
    buffer: await makeDocx({ title: draft.title, paragraphs: draft.articles }),
  });
  await p.getByLabel('标题', { exact: true }).fill(draft.title);
  await p.getByLabel('起草说明', { exact: true }).fill(draft.explanation);
  await p.getByLabel('联系方式', { exact: true }).fill('棉洋镇党政办，电话：0753-4461001');
  await p.getByRole('button', { name: '发起征求意见', exact: true }).click();
  await expect(p).toHaveURL(/\/consultations\/\d+\?created=1$/);
  const created = p.getByRole('status').filter({ hasText: '征求意见已发起' });
  const period = /（(\d{4}-\d\d-\d\d) 至 (\d{4}-\d\d-\d\d)）/.exec((await created.textContent()) ?? '');
  expect(period, 'the confirmation gives the period').not.toBeNull();
  const id = Number(/\/consultations\/(\d+)/.exec(p.url())![1]);
  await staff.context.close();
  return { id, openDate: period![1]!, closeDate: period![2]! };
}

/** The 互动回复员 signs in afresh (the clock may have moved days) and opens the consultation. */
export async function openConsultationInConsole(browser: Browser, id: number): Promise<Actor> {
  const staff = await actor(browser, MIANYANG_OFFICER);
  await staff.page.goto(`${mainStack.console}/consultations/${id}`);
  await expect(staff.page.getByRole('heading', { level: 2, name: '意见审核' })).toBeVisible();
  return staff;
}

/** Presses a button of the consultation or message page and waits for the confirmation at the top. */
export async function pressAndConfirm(page: Page, button: string, confirmation: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  // Exactly the confirmation: a page may also state lasting facts in words that contain it.
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^\\s*${confirmation}\\s*$`) })).toBeVisible();
}

// ---- 征求意见: the site ---------------------------------------------------------------------

export interface Comment {
  /** 意见针对的条款 label; the whole draft (整体意见) when absent. */
  section?: string;
  name?: string;
  contact: string;
  content: string;
}

/** Fills the comment form under the draft on /zjyj/[id]. */
export async function fillComment(page: Page, c: Comment): Promise<void> {
  if (c.section) await page.getByLabel('意见针对的条款', { exact: true }).selectOption({ label: c.section });
  if (c.name) await page.getByLabel('姓名', { exact: true }).fill(c.name);
  await page.getByLabel('联系方式', { exact: true }).fill(c.contact);
  await page.getByLabel('意见内容', { exact: true }).fill(c.content);
}

/** 提交意见 once the bot check is solved; returns the 意见查询码 the next page shows once. */
export async function submitComment(page: Page, consultationId: number): Promise<string> {
  await expectBotCheckSolved(page);
  await page.getByRole('button', { name: '提交意见', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/zjyj/${consultationId}/done$`), { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('意见已提交');
  const code = ((await fact(page, '意见查询码').textContent()) ?? '').trim();
  expect(code, '意见查询码').toMatch(/^YJ-/);
  return code;
}

/** A tracking page's lookup form: an earlier lookup, kept in a cookie, is closed first (退出查询). */
async function openLookup(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const logout = page.getByRole('button', { name: '退出查询', exact: true });
  if ((await logout.count()) > 0) await logout.click();
  await expect(page.getByRole('button', { name: '查询', exact: true })).toBeVisible();
}

/** Looks the comment up on /zjyj/track with its code. */
export async function trackComment(page: Page, code: string): Promise<void> {
  await openLookup(page, '/zjyj/track');
  await page.getByLabel('意见查询码', { exact: true }).fill(code);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('意见处理情况');
  await expect(fact(page, '意见查询码')).toHaveText(code);
}

// ---- 互动交流: the site ---------------------------------------------------------------------

export interface Message {
  /** Organization slug: preselects the 受理单位 through ?org=. */
  org: string;
  type: '咨询' | '建言' | '投诉' | '举报' | '纠错';
  subject: string;
  content: string;
  name?: string;
  contact: string;
}

/** Writes on /hdjl/write with JavaScript and returns the 查询号 and 查询码 shown once on /hdjl/done. */
export async function writeMessage(page: Page, m: Message): Promise<Codes> {
  await page.goto(`/hdjl/write?org=${m.org}`);
  await page.getByRole('radiogroup', { name: '留言类型' }).getByLabel(m.type, { exact: true }).check();
  await page.getByLabel('标题', { exact: true }).fill(m.subject);
  await page.getByLabel('留言内容', { exact: true }).fill(m.content);
  if (m.name) await page.getByLabel('姓名', { exact: true }).fill(m.name);
  await page.getByLabel('联系方式', { exact: true }).fill(m.contact);
  await expectBotCheckSolved(page);
  await page.getByRole('button', { name: '提交留言', exact: true }).click();
  await expect(page).toHaveURL(/\/hdjl\/done$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('留言已提交');
  const codes = {
    trackingNo: ((await fact(page, '查询号').textContent()) ?? '').trim(),
    accessCode: ((await fact(page, '查询码').textContent()) ?? '').trim(),
  };
  expect(codes.trackingNo, '查询号').not.toBe('');
  expect(codes.accessCode, '查询码').not.toBe('');
  return codes;
}

/** Opens the message on /hdjl/track with its codes. */
export async function trackMessage(page: Page, codes: Codes): Promise<void> {
  await openLookup(page, '/hdjl/track');
  await page.getByLabel('查询号', { exact: true }).fill(codes.trackingNo);
  await page.getByLabel('查询码', { exact: true }).fill(codes.accessCode);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('留言办理情况');
  await expect(fact(page, '查询号')).toHaveText(codes.trackingNo);
}

// ---- 互动交流: the console ------------------------------------------------------------------

/** The console's inbox searched for a 查询号 (every state). */
export async function searchInbox(page: Page, trackingNo: string): Promise<void> {
  await page.goto(`${mainStack.console}/messages?view=all&q=${encodeURIComponent(trackingNo)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('互动交流');
}

/** `username` signs in, finds the message in the inbox by its 查询号 and opens it; returns its id. */
export async function openMessage(
  browser: Browser,
  username: string,
  trackingNo: string,
): Promise<Actor & { id: number }> {
  const staff = await actor(browser, username);
  const p = staff.page;
  await searchInbox(p, trackingNo);
  await p.getByRole('link', { name: trackingNo, exact: true }).click();
  await expect(p).toHaveURL(/\/messages\/\d+$/);
  await expect(p.getByRole('heading', { level: 1 })).toContainText(`留言 ${trackingNo}`);
  return { ...staff, id: Number(/\/messages\/(\d+)$/.exec(p.url())![1]) };
}

/** The 答复 form on the message page. */
export function replyForm(page: Page) {
  return page.locator('form').filter({ has: page.getByRole('heading', { level: 3, name: '答复', exact: true }) });
}
