// 征求意见 from opening to outcome: the 互动回复员 opens a consultation on a Word draft; a visitor
// comments on one article and keeps the 意见查询码; staff publish the comment and it shows under
// the draft; once the closing date has passed a comment written before is refused with the clear
// message, staff mark the comment 采纳 with a reason and publish the feedback with a summary, and
// the visitor reads the outcome with the code. axe checks the pages with comments and feedback.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { expectBotCheckSolved } from '../helpers/forms.js';
import {
  addDays,
  fillComment,
  marker,
  openConsultation,
  openConsultationInConsole,
  pressAndConfirm,
  submitComment,
  trackComment,
} from '../helpers/participation.js';
import { fact, setShanghaiTime } from '../helpers/requests.js';
import { untilVisible } from '../helpers/site.js';
import { setClock } from '../helpers/test-api.js';

const ARTICLES = [
  '第一条 为规范棉洋镇农贸市场经营秩序，制定本办法。',
  '第二条 农贸市场每日开放时间为6时至20时。',
  '第三条 经营者应当保持摊位整洁。',
];
const SECTION = ARTICLES[1]!;
const REFUSED = '本次征求意见已结束，不再接收意见';

test.afterAll(async () => {
  // Later specs run on real time again.
  await setClock({ now: null });
});

test('征求意见：提交意见、审核公开、截止后不再接收、公布采纳情况，凭查询码查看结果', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const m = marker();
  const title = `棉洋镇农贸市场管理办法（征求意见稿${m}）`;
  const content = `建议把开放时间延长到21时，方便下班的居民买菜（${m}）。`;
  const reason = '开放时间调整为6时至21时。';
  const summary = `共收到意见1条，采纳1条，已据此修改开放时间（${m}）。`;

  const consultation = await test.step('互动回复员上传Word文档发起征求意见', () =>
    openConsultation(browser, {
      title,
      explanation: '为规范农贸市场管理，起草了本办法。\n\n现公开征求社会公众意见。',
      articles: ARTICLES,
    }));
  const detail = `/zjyj/${consultation.id}`;

  const code = await test.step('公众针对一个条款提交意见，获得意见查询码', async () => {
    await page.goto('/zjyj');
    await page.getByRole('link', { name: title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${detail}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('navigation', { name: '条款目录' })).toContainText(SECTION);
    await fillComment(page, { section: SECTION, name: '王晓明', contact: '13800138000', content });
    const trackingNo = await submitComment(page, consultation.id);
    await expectNoAxeViolations(page, '意见已提交');
    return trackingNo;
  });

  await test.step('意见审核前不公开，查询显示待审核', async () => {
    await page.goto(detail);
    await expect(page.getByText(content)).toHaveCount(0);
    await trackComment(page, code);
    await expect(fact(page, '审核情况')).toHaveText('待审核');
    await expect(fact(page, '针对')).toHaveText(SECTION);
  });

  await test.step('互动回复员公开意见', async () => {
    const staff = await openConsultationInConsole(browser, consultation.id);
    const row = staff.page.getByRole('row').filter({ hasText: code });
    await expect(row).toContainText('13800138000');
    await expect(row).toContainText('待审核');
    await pressAndConfirm(staff.page, `公开 意见 ${code}`, '意见已公开');
    await expect(staff.page.getByRole('row').filter({ hasText: code })).toContainText('已公开');
    await staff.context.close();
  });

  await test.step('意见在征求意见页面公开，姓名只显示姓氏，联系方式不公开', async () => {
    await page.goto(detail);
    const comments = page.getByRole('region', { name: '公开的意见（1条）' });
    await expect(comments).toContainText(content);
    await expect(comments).toContainText('提出人：王*');
    await expect(comments).toContainText(`针对：${SECTION}`);
    await expect(page.getByText('13800138000')).toHaveCount(0);
    await expectNoAxeViolations(page, '征求意见页面（有公开的意见）');

    await comments.getByRole('link', { name: /^举报\s*意见1$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('举报意见');
    await expectNoAxeViolations(page, '举报意见');
    await expectBotCheckSolved(page);
    await page.getByRole('button', { name: '确认举报', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${detail}\\?reported=1$`));
    await expect(page.getByRole('status').filter({ hasText: '举报已提交，我们会尽快核实。' })).toBeVisible();
    // One report does not hide a comment.
    await expect(page.getByRole('region', { name: '公开的意见（1条）' })).toContainText(content);
  });

  // Another visitor writes while the consultation is open and sends it after the closing date.
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await test.step('另一位公众在截止前填写意见', async () => {
    await latePage.goto(detail);
    await fillComment(latePage, { contact: 'late@example.com', content: `截止后才提交的意见（${m}）。` });
    await expectBotCheckSolved(latePage);
  });

  await setShanghaiTime(addDays(consultation.closeDate, 1));

  await test.step('截止日期后提交的意见被拒绝，并说明原因', async () => {
    await latePage.getByRole('button', { name: '提交意见', exact: true }).click();
    await expect(latePage.getByRole('region', { name: '发表意见' })).toContainText(REFUSED, { timeout: 30_000 });
    await late.close();

    await page.goto(detail);
    await expect(page.getByRole('button', { name: '提交意见' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: '发表意见' })).toContainText(REFUSED);
  });

  await test.step('征求意见结束后，互动回复员反馈采纳情况并公布', async () => {
    const staff = await openConsultationInConsole(browser, consultation.id);
    const p = staff.page;
    await expect(p.getByRole('heading', { level: 1 })).toContainText('已结束');
    const form = p.locator('form').filter({ has: p.getByRole('heading', { level: 3, name: '反馈采纳情况' }) });
    await form.getByRole('group', { name: '选择意见' }).getByLabel(new RegExp(code)).check();
    await form.getByLabel('采纳情况', { exact: true }).selectOption({ label: '采纳' });
    await form.getByLabel('理由', { exact: true }).fill(reason);
    await pressAndConfirm(p, '保存采纳情况', '已保存1条意见的采纳情况');

    await p.getByLabel('采纳情况说明', { exact: true }).fill(summary);
    await pressAndConfirm(p, '公布采纳情况', '意见采纳情况已公布');
    await expect(p.getByRole('region', { name: '意见采纳情况' })).toContainText(summary);
    await staff.context.close();
  });

  await test.step('公众凭查询码查看采纳情况', async () => {
    await trackComment(page, code);
    await expect(fact(page, '审核情况')).toHaveText('已公开');
    const outcome = page.getByRole('region', { name: '采纳情况' });
    await expect(fact(outcome, '本条意见')).toHaveText('采纳');
    await expect(fact(outcome, '理由')).toHaveText(reason);
    await expect(outcome).toContainText(summary);
    await expectNoAxeViolations(page, '意见处理情况（已公布采纳情况）');
  });

  await test.step('征求意见页面公布意见采纳情况', async () => {
    await page.goto(detail);
    const feedback = page.getByRole('region', { name: '意见采纳情况' });
    await expect(feedback).toContainText(summary);
    await expect(feedback.getByRole('row').filter({ hasText: '意见1' })).toContainText(reason);
    await expect(page.getByRole('region', { name: '公开的意见（1条）' })).toContainText('采纳情况：采纳');
    await expectNoAxeViolations(page, '征求意见页面（已公布采纳情况）');

    // The list is a cached public page: it shows the outcome once the cache has caught up.
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await untilVisible(
      () => page.goto('/zjyj?phase=closed'),
      () => card.filter({ hasText: '已公布意见采纳情况' }),
    );
    await expectNoAxeViolations(page, '征求意见列表（已结束）');
  });
});
