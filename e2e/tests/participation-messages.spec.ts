// 互动交流: a question (咨询) is answered and published — the exchange appears in the public list
// and its search, and the writer rates the answer on the tracking page; a complaint (投诉) is
// answered without publishing (its default) and stays private. axe checks the pages on the way.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe.js';
import {
  marker,
  MIANYANG,
  MIANYANG_OFFICER,
  openMessage,
  pressAndConfirm,
  replyForm,
  trackMessage,
  writeMessage,
} from '../helpers/participation.js';
import { fact } from '../helpers/requests.js';
import { untilVisible } from '../helpers/site.js';

const searchExchanges = (q: string) => `/hdjl?q=${encodeURIComponent(q)}`;

test('咨询：答复并公开，公开列表可以搜索到，留言人评价满意', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const m = marker();
  const subject = `农贸市场周末几点开门（${m}）`;
  const answer = `农贸市场周末6时开门、20时关门（${m}）。`;

  const codes = await test.step('公众写信咨询，获得查询号和查询码', async () => {
    const c = await writeMessage(page, {
      org: 'mianyang',
      type: '咨询',
      subject,
      content: '请问棉洋镇农贸市场周末几点开门？',
      name: '王晓明',
      contact: '13800138000',
    });
    expect(c.trackingNo).toMatch(/^ZX/);
    await expectNoAxeViolations(page, '留言已提交');
    return c;
  });

  const id = await test.step('互动回复员答复，咨询类留言默认公开', async () => {
    const staff = await openMessage(browser, MIANYANG_OFFICER, codes.trackingNo);
    const p = staff.page;
    const form = replyForm(p);
    await form.getByLabel('答复内容', { exact: true }).fill(answer);
    await expect(form.getByLabel('公开此留言', { exact: true })).toBeChecked();
    await pressAndConfirm(p, '答复', '答复已发送');
    await expect(fact(p, '是否公开')).toHaveText('已公开');
    await staff.context.close();
    return staff.id;
  });

  await test.step('留言和答复出现在互动交流栏目，可以搜索到，个人信息已隐去', async () => {
    const link = page.getByRole('link', { name: subject, exact: true });
    await untilVisible(
      () => page.goto(searchExchanges(subject)),
      () => link,
    );
    await expect(page.getByRole('heading', { level: 2, name: '找到公开留言 1 条' })).toBeVisible();
    await expectNoAxeViolations(page, '互动交流（搜索结果）');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/hdjl/${id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject);
    await expect(fact(page, '受理单位')).toHaveText(MIANYANG);
    await expect(page.getByRole('list', { name: '留言及答复' })).toContainText(answer);
    await expect(page.getByText('王晓明')).toHaveCount(0);
    await expect(page.getByText('13800138000')).toHaveCount(0);
    await expectNoAxeViolations(page, '公开留言');
  });

  await test.step('留言人查询并评价满意', async () => {
    await trackMessage(page, codes);
    await expect(fact(page, '办理状态')).toHaveText('已答复');
    await expect(fact(page, '是否公开')).toHaveText('已在本网站公开（个人信息已隐去）');
    await expect(page.getByRole('list', { name: '留言及答复' })).toContainText(answer);
    await expectNoAxeViolations(page, '留言办理情况（可评价）');
    await page.getByRole('radiogroup', { name: '您对本次答复是否满意' }).getByLabel('满意', { exact: true }).check();
    await page.getByRole('button', { name: '提交评价', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '评价已提交，感谢您的反馈。' })).toBeVisible();
    await expect(fact(page, '您的评价')).toHaveText('满意');
    await expect(page.getByRole('button', { name: '提交评价' })).toHaveCount(0);
  });
});

test('投诉：答复默认不公开，公开列表中没有，公开页面不存在', async ({ browser, page }) => {
  const m = marker();
  const subject = `投诉市场摊位占道经营（${m}）`;

  const codes = await writeMessage(page, {
    org: 'mianyang',
    type: '投诉',
    subject,
    content: '农贸市场东门摊位长期占用人行道，请处理。',
    contact: 'resident@example.com',
  });
  expect(codes.trackingNo).toMatch(/^TS/);

  const staff = await openMessage(browser, MIANYANG_OFFICER, codes.trackingNo);
  const form = replyForm(staff.page);
  await form.getByLabel('答复内容', { exact: true }).fill(`已责令摊主退回摊位内经营（${m}）。`);
  await expect(form.getByLabel('公开此留言', { exact: true })).not.toBeChecked();
  await pressAndConfirm(staff.page, '答复', '答复已发送');
  await expect(fact(staff.page, '是否公开')).toHaveText('未公开');
  await staff.context.close();

  await page.goto(searchExchanges(subject));
  await expect(page.getByText('没有符合条件的公开留言。')).toBeVisible();
  await expect(page.getByRole('link', { name: subject })).toHaveCount(0);
  const res = await page.goto(`/hdjl/${staff.id}`);
  expect(res?.status(), 'the private exchange has no public page').toBe(404);

  await trackMessage(page, codes);
  await expect(fact(page, '办理状态')).toHaveText('已答复');
  await expect(fact(page, '是否公开')).toHaveText('未公开');
});

test('写信：未填写的项目逐项提示，不保存', async ({ page }) => {
  await page.goto('/hdjl/write');
  await page.getByRole('button', { name: '提交留言', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: '提交未成功' });
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('radiogroup', { name: '留言类型' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('联系方式', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, '我要写信（提交未成功）');
});
