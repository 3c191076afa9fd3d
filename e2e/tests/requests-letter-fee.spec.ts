// 依申请公开 by letter: the officer registers a letter (信函) with its receipt date and reads out the
// 查询号 and 查询码; a fee notice goes out (按量, 50 pages → 20 pages over the free 30 at 10元 =
// 200元); the applicant declines on the tracking page and the case closes as （六）2.
import { expect, test } from '@playwright/test';
import { actor } from '../helpers/console.js';
import { docxParagraphs } from '../helpers/docx.js';
import {
  actionForm,
  APPLICANT,
  download,
  expectCase,
  expectTracked,
  fact,
  openCase,
  openTracking,
  setShanghaiTime,
  submitStep,
  TRACK,
  type Codes,
} from '../helpers/requests.js';
import { mainStack } from '../helpers/stack.js';
import { setClock } from '../helpers/test-api.js';
import { uniqueSuffix } from '../helpers/unique.js';

/** A Tuesday with no holiday in the 20 working days after it. */
const RECEIVED_ON = '2026-11-10';
/** 11-11…13 (1–3), 11-16…20 (4–8), 11-23…27 (9–13), 11-30…12-04 (14–18), 12-07 (19), 12-08 (20). */
const DEADLINE = '2026-12-08';
/** The fee is due within 20 working days of the notice (sent the day of receipt): the same day. */
const PAY_BY = '2026-12-08';
const DECLINED_ON = '2026-11-12';
const CLOSED_AS = '（六）其他处理 · 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';

test.afterAll(async () => {
  await setClock({ now: null });
});

test('登记信函申请，按量收费通知，申请人不同意缴费，按（六）2办结', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const description = `棉洋镇2025年农村道路建设项目全部竣工图纸（${uniqueSuffix()}）`;
  await setShanghaiTime(RECEIVED_ON);

  const { id, codes } = await test.step('经办人登记信函申请，告知查询号和查询码', async () => {
    const officer = await actor(browser, 'officer');
    const p = officer.page;
    await p.goto(`${mainStack.console}/requests/new`);
    await p.getByLabel('申请方式', { exact: true }).selectOption({ label: '信函申请' });
    await expect(p.getByLabel('收到申请日期', { exact: true })).toHaveValue(RECEIVED_ON);
    await p.getByLabel('申请人类别', { exact: true }).selectOption({ label: '自然人' });
    const person = p.getByRole('group', { name: '自然人（申请人为自然人时填写）' });
    await person.getByLabel('姓名', { exact: true }).fill(APPLICANT.name);
    await person.getByLabel('证件号码', { exact: true }).fill(APPLICANT.idNumber);
    await person.getByLabel('联系电话', { exact: true }).fill(APPLICANT.phone);
    await person.getByLabel('通信地址', { exact: true }).fill(APPLICANT.address);
    await p.getByLabel('所需政府信息的名称、文号或者便于查询的其他特征性描述', { exact: true }).fill(description);
    await p.getByLabel('获取信息的方式/载体形式', { exact: true }).selectOption({ label: '纸质' });
    await p.getByLabel('获取信息的途径', { exact: true }).selectOption({ label: '邮寄' });
    await p.getByRole('button', { name: '登记', exact: true }).click();

    await expect(p).toHaveURL(/\/requests\/\d+$/);
    const registered = p.getByRole('status').filter({ hasText: '申请已登记' });
    const shown = /查询号：\s*(\S+)\s*查询码：\s*(\S+)/.exec((await registered.textContent()) ?? '');
    expect(shown, 'the registration shows the 查询号 and 查询码').not.toBeNull();
    await expectCase(p, '办理中', DEADLINE);
    await expect(fact(p, '申请方式')).toHaveText('信函申请');
    await expect(fact(p, '收到申请日期').first()).toHaveText(RECEIVED_ON);
    await officer.context.close();
    const caseId = Number(/\/requests\/(\d+)$/.exec(p.url())![1]);
    return { id: caseId, codes: { trackingNo: shown![1]!, accessCode: shown![2]! } satisfies Codes };
  });

  await test.step('经办人按量计收发出收费通知：50页收费200元', async () => {
    const officer = await openCase(browser, 'officer', id);
    const p = officer.page;
    const form = actionForm(p, '收费通知');
    await form.getByLabel('收费方式', { exact: true }).selectOption({ label: '按量计收' });
    await form.getByLabel('页数', { exact: true }).fill('50');
    await submitStep(p, form, '发出收费通知', '已登记收费通知，已生成收费通知书');
    await expectCase(p, '待缴费', '—');
    await expect(fact(p, '金额')).toHaveText('200 元');
    await officer.context.close();
  });

  await test.step('申请人凭查询号和查询码查看收费通知', async () => {
    await openTracking(page, codes);
    await expect(fact(page, '申请方式')).toHaveText('信函申请');
    await expect(fact(page, '收到申请日期')).toHaveText(RECEIVED_ON);
    const fee = page.getByRole('region', { name: '信息处理费', exact: true });
    await expect(fact(fee, '计收方式')).toHaveText('按量计收');
    await expect(fact(fee, '金额')).toHaveText('200 元');
    await expect(fact(fee, '缴费状态')).toHaveText('待缴费');
    await expect(fact(fee, '缴费期限')).toHaveText(PAY_BY);

    const files = page.getByRole('region', { name: '文书和材料', exact: true });
    const notice = await download(page, files.getByRole('link', { name: '收取信息处理费通知书', exact: true }));
    expect(notice.fileName).toBe(`收取信息处理费通知书（${codes.trackingNo}）.docx`);
    const text = docxParagraphs(notice.body).join('\n');
    expect(text).toContain(`${APPLICANT.name}：`);
    expect(text).toContain('收费方式为按量计收，应缴金额为人民币200元');
  });

  await test.step('申请人不同意缴费，申请按（六）2办结', async () => {
    await setShanghaiTime(DECLINED_ON);
    await page.goto(TRACK);
    await page.getByRole('button', { name: '不同意缴费' }).click();
    await expect(page.getByRole('status').filter({ hasText: '您的缴费意见已提交。' })).toBeVisible();
    await expectTracked(page, '已办结', '—');
    const outcome = page.getByRole('region', { name: '办理结果', exact: true });
    await expect(fact(outcome, '答复结果')).toHaveText(CLOSED_AS);
    await expect(fact(outcome, '办结日期')).toHaveText(DECLINED_ON);
    await expect(fact(page, '缴费状态')).toHaveText('不同意缴费');
    await expect(page.getByRole('button', { name: '同意缴费' })).toHaveCount(0);

    const officer = await openCase(browser, 'officer', id);
    const p = officer.page;
    await expect(p.getByRole('heading', { level: 1 })).toContainText('已办结');
    await expect(fact(p, '答复结果')).toHaveText(CLOSED_AS);
    await expect(fact(p, '状态')).toHaveText('不同意缴费');
    await expect(p.getByRole('region', { name: '办理', exact: true })).toHaveCount(0);
    await officer.context.close();
  });
});
