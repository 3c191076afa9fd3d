// 依申请公开 (requests for disclosure) as people meet it: the public desk of 棉洋镇 (apply, get the
// 查询号 and 查询码, track the case, answer a 补正 or a fee notice, download letters) and the
// console's case page (one small form per handling step). Also reads the Word letters applicants
// download, since their text is what the applicant gets.
import { readFile } from 'node:fs/promises';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { actor, type Actor } from './console.js';
import { expectBotCheckSolved } from './forms.js';
import { mainStack } from './stack.js';
import { setClock } from './test-api.js';

export const DESK = '/gk/mianyang/ysqgk';
export const TRACK = `${DESK}/track`;

export interface Codes {
  trackingNo: string;
  accessCode: string;
}

export interface Person {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

/** A person whose resident ID number has a correct check character (GB 11643). */
export const APPLICANT: Person = {
  name: '王晓明',
  idNumber: '11010519491231002X',
  phone: '13800138000',
  address: '汕尾市城区香洲路1号',
};

/** Moves the server's clock to `date` at `time` in Asia/Shanghai (the legal days are Shanghai days). */
export async function setShanghaiTime(date: string, time = '10:00'): Promise<void> {
  await setClock({ now: `${date}T${time}:00+08:00` });
}

/** The value beside a label of a `<dt>`/`<dd>` list, exactly as shown. */
export function fact(scope: Page | Locator, label: string): Locator {
  return scope
    .locator('dt')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

// ---- The public desk ------------------------------------------------------------------------

export interface Application {
  person: Person;
  description: string;
  /** 获取信息的方式 label, e.g. 电子邮件; none chosen when null. */
  deliveryForm: string | null;
  /** 获取途径 label, e.g. 电子邮件; none chosen when null. */
  deliveryChannel: string | null;
}

/** Fills the application form (自然人, the default category); works with and without JavaScript. */
export async function fillApplication(page: Page, a: Application): Promise<void> {
  const person = page.getByRole('group', { name: '自然人填写' });
  await person.getByLabel('姓名', { exact: true }).fill(a.person.name);
  await person.getByLabel('证件类型', { exact: true }).selectOption({ label: '居民身份证' });
  await person.getByLabel('证件号码', { exact: true }).fill(a.person.idNumber);
  await person.getByLabel('联系电话', { exact: true }).fill(a.person.phone);
  await person.getByLabel('通信地址', { exact: true }).fill(a.person.address);
  await page.getByLabel('所需政府信息的名称、文号或者便于查询的其他特征性描述', { exact: true }).fill(a.description);
  if (a.deliveryForm) {
    await page.getByRole('radiogroup', { name: '获取信息的方式' }).getByLabel(a.deliveryForm, { exact: true }).check();
  }
  if (a.deliveryChannel) {
    await page.getByRole('radiogroup', { name: '获取途径' }).getByLabel(a.deliveryChannel, { exact: true }).check();
  }
}

/** The codes the 申请已提交 page shows once. */
export async function readCodes(page: Page): Promise<Codes> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('申请已提交');
  const codes = {
    trackingNo: ((await fact(page, '查询号').textContent()) ?? '').trim(),
    accessCode: ((await fact(page, '查询码').textContent()) ?? '').trim(),
  };
  expect(codes.trackingNo, '查询号').not.toBe('');
  expect(codes.accessCode, '查询码').not.toBe('');
  return codes;
}

/**
 * 提交申请 with JavaScript, once pow.js has solved the proof of work and put the question away;
 * returns the codes shown on the next page.
 */
export async function submitApplication(page: Page): Promise<Codes> {
  await expectBotCheckSolved(page);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(new RegExp(`${DESK}/done$`), { timeout: 30_000 });
  return readCodes(page);
}

/** Opens the applicant's case on the tracking page with the codes (查询 form). */
export async function openTracking(page: Page, codes: Codes): Promise<void> {
  await page.goto(TRACK);
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: '查询', exact: true }) });
  await form.getByLabel('查询号', { exact: true }).fill(codes.trackingNo);
  await form.getByLabel('查询码', { exact: true }).fill(codes.accessCode);
  await form.getByRole('button', { name: '查询', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('申请办理情况');
  await expect(fact(page, '查询号')).toHaveText(codes.trackingNo);
}

/** The tracking page again (the lookup is kept in a cookie), with its state and 答复期限 ('—' when none). */
export async function expectTracked(page: Page, state: string, deadline: string): Promise<void> {
  await page.goto(TRACK);
  await expect(fact(page, '办理状态')).toHaveText(state);
  await expect(fact(page, '答复期限')).toHaveText(deadline);
}

/** The answers to the bot check's fallback questions (packages/domain/src/participation/bot-check.ts). */
const FALLBACK_ANSWERS: Record<string, string> = {
  '一加二等于几？（请填写数字）': '3',
  '五减三等于几？（请填写数字）': '2',
  '二乘以三等于几？（请填写数字）': '6',
  '十加五等于几？（请填写数字）': '15',
  '一个星期有几天？（请填写数字）': '7',
  '中华人民共和国的首都是哪座城市？': '北京',
};

/** Without JavaScript: answers the question shown in the 验证 box as a person would. */
export async function answerBotQuestion(page: Page): Promise<void> {
  const box = page.getByRole('group', { name: '验证' });
  const question = ((await box.locator('label').first().textContent()) ?? '').trim();
  const answer = FALLBACK_ANSWERS[question];
  expect(answer, `an answer to the question “${question}”`).toBeDefined();
  await box.getByLabel(question, { exact: true }).fill(answer!);
}

export interface Downloaded {
  fileName: string;
  body: Buffer;
}

/** Clicks a download link and returns the file as the browser saved it. */
export async function download(page: Page, link: Locator): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(await file.failure()).toBeNull();
  return { fileName: file.suggestedFilename(), body: await readFile(await file.path()) };
}

// ---- The console ------------------------------------------------------------------------------

/**
 * `username` signs in afresh and opens the case: every step of a journey that moves the clock by
 * days needs a new session (sessions end after 30 idle minutes of server time).
 */
export async function openCase(browser: Browser, username: string, caseId: number): Promise<Actor> {
  const staff = await actor(browser, username);
  await staff.page.goto(`${mainStack.console}/requests/${caseId}`);
  await expect(staff.page.getByRole('heading', { level: 1 })).toContainText('申请');
  return staff;
}

/** Finds an application in the console's list by its 查询号 and opens it; returns the case id. */
export async function findCase(page: Page, trackingNo: string): Promise<number> {
  await page.goto(`${mainStack.console}/requests?view=all&q=${encodeURIComponent(trackingNo)}`);
  await page.getByRole('link', { name: trackingNo, exact: true }).click();
  await expect(page).toHaveURL(/\/requests\/\d+$/);
  return Number(/\/requests\/(\d+)$/.exec(page.url())![1]);
}

/** One handling step's form on the case page, found by its heading. */
export function actionForm(page: Page, title: string): Locator {
  return page
    .getByRole('region', { name: '办理', exact: true })
    .locator('form')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}

/** Presses the step's button and waits for the console's confirmation at the top of the page. */
export async function submitStep(page: Page, form: Locator, button: string, confirmation: string): Promise<void> {
  await form.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: confirmation })).toBeVisible();
}

/** The case page's state (badge in the heading) and 答复期限 ('—' when none). */
export async function expectCase(page: Page, state: string, deadline: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(state);
  await expect(page.locator('p').filter({ hasText: /^答复期限：/ })).toContainText(deadline);
}

/** 共 N 件 of the console's list of every application (all states). */
export async function caseCount(page: Page): Promise<number> {
  await page.goto(`${mainStack.console}/requests?view=all`);
  const text = (await page.getByText(/^共 \d+ 件/).textContent()) ?? '';
  return Number(/共 (\d+) 件/.exec(text)![1]);
}
