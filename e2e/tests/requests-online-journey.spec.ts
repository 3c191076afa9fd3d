// 依申请公开, the online journey around 国庆 2026: a person applies two days before the holiday and
// keeps the 查询号 and 查询码; the officer confirms receipt; staff ask for a 补正 and the applicant
// answers on the tracking page, which restarts the period; the office head extends it (the officer
// cannot); a third party is consulted and answers; staff reply 部分公开 with a released document;
// the applicant downloads the reply letter and the document. At every step the 答复期限 on the
// tracking page and in the console is the one the official calendar gives.
import { expect, test } from '@playwright/test';
import { DOCX_MIME, docxParagraphs, makeDocx } from '../helpers/docx.js';
import {
  actionForm,
  APPLICANT,
  DESK,
  download,
  expectCase,
  expectTracked,
  fact,
  fillApplication,
  findCase,
  openCase,
  openTracking,
  setShanghaiTime,
  submitApplication,
  submitStep,
} from '../helpers/requests.js';
import { actor } from '../helpers/console.js';
import { setClock } from '../helpers/test-api.js';
import { uniqueSuffix } from '../helpers/unique.js';

// Expected dates, counted by hand on the State Council's 2026 notice (official-days.ts): 国庆节
// 2026-10-01…10-07 are off, Saturday 2026-10-10 is a 调休 working day; the start day itself is
// never counted (条例第三十一、三十三条).

/** Tuesday, two days before 国庆, 10:00: a working day before the 17:00 cut-off, so received that day. */
const APPLIED_ON = '2026-09-29';
/** 09-30 (1); 10-01…10-07 off; 10-08 (2), 10-09 (3), Sat 10-10 (4), 10-12…16 (5–9), 10-19…23 (10–14), 10-26…30 (15–19), Mon 11-02 (20). */
const FIRST_DEADLINE = '2026-11-02';
/** 补正 notice Wed 09-30; its 15 working days: 10-08, 10-09, 10-10, 10-12…16, 10-19…23, 10-26, 10-27. */
const SUPPLEMENT_ON = '2026-09-30';
const SUPPLEMENT_DUE = '2026-10-27';
/** The 补正 arrives Fri 10-09 and the 20 days start again: Sat 10-10 (1), 10-12…16 (2–6), 10-19…23 (7–11), 10-26…30 (12–16), 11-02…05 (17–20). */
const SUPPLEMENTED_ON = '2026-10-09';
const RESTARTED_DEADLINE = '2026-11-05';
/** The head extends by 20 working days on Mon 10-12: 11-06 (1), 11-09…13, 11-16…20, 11-23…27 (2–16), 11-30…12-03 (17–20). */
const EXTENDED_ON = '2026-10-12';
const EXTENDED_DEADLINE = '2026-12-03';
/**
 * Third party consulted Tue 10-13: while no answer has come, its whole 15 working days (10-14…11-03)
 * are left out: 12-03 + 15 working days = 12-04 (1), 12-07…11 (2–6), 12-14…18 (7–11), 12-21…24 (12–15).
 */
const CONSULTED_ON = '2026-10-13';
const CONSULTING_DEADLINE = '2026-12-24';
/** The answer comes Fri 10-16: only 10-14, 10-15, 10-16 are left out: 12-03 + 3 = 12-04, 12-07, 12-08. */
const ANSWERED_ON = '2026-10-16';
const FINAL_DEADLINE = '2026-12-08';
const REPLIED_ON = '2026-10-20';

const RELEASED_NAME = '棉洋镇道路养护项目合同（部分公开）.docx';

test.afterAll(async () => {
  // Later specs run on real time again.
  await setClock({ now: null });
});

test('网上申请遇国庆：补正、延期、征求第三方意见、部分公开，答复期限每一步都与官方日历一致', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const description = `棉洋镇道路养护项目的合同文本及验收报告（${uniqueSuffix()}）`;

  const codes = await test.step('申请人在国庆前两天网上申请，获得查询号和查询码', async () => {
    await setShanghaiTime(APPLIED_ON);
    await page.goto(DESK);
    await fillApplication(page, {
      person: APPLICANT,
      description,
      deliveryForm: '电子邮件',
      deliveryChannel: '电子邮件',
    });
    return submitApplication(page);
  });

  await test.step('申请人查询：待受理机构确认', async () => {
    await page.getByRole('link', { name: '查询办理情况' }).click();
    await openTracking(page, codes);
    await expect(fact(page, '收到申请日期')).toHaveText('待受理机构确认');
    await expectTracked(page, '待确认接收', '—');
  });

  const caseId = await test.step('经办人确认接收，答复期限跳过国庆假期', async () => {
    const officer = await actor(browser, 'officer');
    const p = officer.page;
    const id = await findCase(p, codes.trackingNo);
    await expectCase(p, '待确认接收', '—');
    const form = actionForm(p, '确认接收');
    // Proposed from the submission time: a working day, before the cut-off.
    await expect(form.getByLabel('收到申请日期', { exact: true })).toHaveValue(APPLIED_ON);
    await submitStep(p, form, '确认接收', '已确认接收，答复期限开始计算');
    await expectCase(p, '办理中', FIRST_DEADLINE);
    const explanation = p.getByRole('region', { name: '答复期限说明' });
    await expect(explanation).toContainText('国庆节（2026年10月1日至10月7日）');
    await expect(explanation).toContainText('2026年10月10日（国庆节调休）');
    await officer.context.close();

    await expectTracked(page, '办理中', FIRST_DEADLINE);
    await expect(fact(page, '收到申请日期')).toHaveText(APPLIED_ON);
    const lines = page.getByRole('list', { name: '答复期限的计算' });
    await expect(lines).toContainText('国庆节（2026年10月1日至10月7日）');
    await expect(lines).toContainText('2026年10月10日（国庆节调休）');
    return id;
  });

  await test.step('经办人发出补正通知：等待补正期间没有答复期限', async () => {
    await setShanghaiTime(SUPPLEMENT_ON);
    const officer = await openCase(browser, 'officer', caseId);
    const p = officer.page;
    const form = actionForm(p, '补正通知');
    await form.getByLabel('需补正的全部事项', { exact: true }).fill('请写明所需合同的签订年份和项目名称。');
    await submitStep(p, form, '发出补正通知', '已登记补正通知，已生成补正告知书');
    await expectCase(p, '待补正', '—');
    await officer.context.close();

    await expectTracked(page, '待补正', '—');
    const supplement = page.getByRole('region', { name: '补正', exact: true });
    await expect(fact(supplement, '告知补正日期')).toHaveText(SUPPLEMENT_ON);
    await expect(fact(supplement, '补正期限')).toHaveText(SUPPLEMENT_DUE);
    await expect(supplement).toContainText('请写明所需合同的签订年份和项目名称。');
  });

  await test.step('申请人在查询页提交补正，答复期限重新计算', async () => {
    await setShanghaiTime(SUPPLEMENTED_ON);
    await page.goto(`${DESK}/track`);
    await page.getByLabel('补正内容', { exact: true }).fill('2025年签订的棉洋镇S241线道路养护项目合同。');
    await page.getByRole('button', { name: '提交补正' }).click();
    await expect(page.getByRole('status').filter({ hasText: '补正材料已提交。' })).toBeVisible();
    await expectTracked(page, '办理中', RESTARTED_DEADLINE);

    const officer = await openCase(browser, 'officer', caseId);
    await expectCase(officer.page, '办理中', RESTARTED_DEADLINE);
    await officer.context.close();
  });

  await test.step('经办人不能延期；公开办负责人同意延期20个工作日', async () => {
    await setShanghaiTime(EXTENDED_ON);
    const officer = await openCase(browser, 'officer', caseId);
    await expect(actionForm(officer.page, '答复')).toHaveCount(1);
    await expect(actionForm(officer.page, '延期答复')).toHaveCount(0);
    await officer.context.close();

    const head = await openCase(browser, 'head', caseId);
    const p = head.page;
    const form = actionForm(p, '延期答复');
    await expect(form.getByLabel('延长期限（工作日）', { exact: true })).toHaveValue('20');
    await form.getByLabel('延期理由', { exact: true }).fill('所需合同涉及第三方，需征求其意见。');
    await submitStep(p, form, '同意延期答复', '已批准延期答复，已生成延期答复告知书');
    await expectCase(p, '办理中', EXTENDED_DEADLINE);
    await head.context.close();

    await expectTracked(page, '办理中', EXTENDED_DEADLINE);
  });

  await test.step('征求第三方意见：等待期间不计入答复期限', async () => {
    await setShanghaiTime(CONSULTED_ON);
    const officer = await openCase(browser, 'officer', caseId);
    const p = officer.page;
    const form = actionForm(p, '征求第三方或其他机关意见');
    await form.getByLabel('征求对象', { exact: true }).selectOption({ label: '第三方' });
    await form.getByLabel('第三方或机关名称', { exact: true }).fill('汕尾市某路桥工程有限公司');
    await submitStep(p, form, '发出征求意见函', '已登记征求意见，已生成征求意见函');
    await expectCase(p, '征求意见中', CONSULTING_DEADLINE);
    await officer.context.close();

    await expectTracked(page, '征求意见中', CONSULTING_DEADLINE);
  });

  await test.step('第三方答复：只扣除实际等待的工作日', async () => {
    await setShanghaiTime(ANSWERED_ON);
    const officer = await openCase(browser, 'officer', caseId);
    const p = officer.page;
    const form = actionForm(p, '收到意见');
    await form.getByLabel('意见摘要', { exact: true }).fill('同意公开合同正文，不同意公开联系人信息。');
    await submitStep(p, form, '登记收到意见', '已登记收到意见');
    await expectCase(p, '办理中', FINAL_DEADLINE);
    await officer.context.close();

    await expectTracked(page, '办理中', FINAL_DEADLINE);
  });

  const released = await makeDocx({
    title: '棉洋镇道路养护项目合同',
    paragraphs: ['甲方：棉洋镇人民政府', '合同金额：人民币壹佰贰拾万元整', '乙方联系人：（不予公开）'],
  });

  await test.step('经办人答复部分公开并提供文件', async () => {
    await setShanghaiTime(REPLIED_ON);
    const officer = await openCase(browser, 'officer', caseId);
    const p = officer.page;
    const form = actionForm(p, '答复');
    await expect(form.getByLabel('答复日期', { exact: true })).toHaveValue(REPLIED_ON);
    await form.getByLabel('答复结果', { exact: true }).selectOption({ label: '部分公开' });
    await form.getByLabel('法律依据', { exact: true }).fill('《中华人民共和国政府信息公开条例》第十五条、第三十七条');
    await form.getByLabel('答复说明', { exact: true }).fill('合同中第三方的个人信息已作区分处理，其余内容予以公开。');
    await form.getByLabel('提供的政府信息（文件）', { exact: true }).setInputFiles({
      name: RELEASED_NAME,
      mimeType: DOCX_MIME,
      buffer: released,
    });
    await submitStep(p, form, '答复并办结', '已答复并办结，已生成答复书');
    await expect(p.getByRole('heading', { level: 1 })).toContainText('已办结');
    await expect(fact(p, '答复结果')).toHaveText('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    await officer.context.close();
  });

  await test.step('申请人查看结果，下载答复书和公开的文件', async () => {
    await expectTracked(page, '已办结', '—');
    const outcome = page.getByRole('region', { name: '办理结果', exact: true });
    await expect(fact(outcome, '答复结果')).toHaveText('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    await expect(fact(outcome, '办结日期')).toHaveText(REPLIED_ON);

    const files = page.getByRole('region', { name: '文书和材料', exact: true });
    const letter = await download(page, files.getByRole('link', { name: '政府信息公开申请答复书', exact: true }));
    expect(letter.fileName).toBe(`政府信息公开申请答复书（${codes.trackingNo}）.docx`);
    const text = docxParagraphs(letter.body);
    expect(text[0]).toBe('政府信息公开申请答复书');
    expect(text).toContain(`${APPLICANT.name}：`);
    const all = text.join('\n');
    expect(all).toContain(`本机关于2026年9月29日收到您（单位）提出的政府信息公开申请（查询号：${codes.trackingNo}）`);
    expect(all).toContain(description);
    expect(all).toContain('处理结果：（二）部分公开');
    expect(all).toContain(RELEASED_NAME);
    expect(all).toContain('2026年10月20日');

    const document = await download(page, files.getByRole('link', { name: RELEASED_NAME, exact: true }));
    expect(document.fileName).toBe(RELEASED_NAME);
    expect(docxParagraphs(document.body)).toContain('合同金额：人民币壹佰贰拾万元整');
  });
});
