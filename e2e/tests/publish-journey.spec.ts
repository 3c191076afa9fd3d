// The main journey: a Word document becomes a public page. Editor imports a .docx and attaches a
// file with a Chinese name; reviewer masks the planted ID number and approves; publisher
// publishes; a visitor finds it by category, column and search, and downloads the attachment.
import { expect, test } from '@playwright/test';
import { actor } from '../helpers/console.js';
import { DOCX_MIME, makeDocx } from '../helpers/docx.js';
import {
  approve,
  expectStatus,
  fillEditor,
  publicationIdOf,
  publishNow,
  submitForReview,
} from '../helpers/publications.js';
import { searchUrl, untilVisible } from '../helpers/site.js';
import { mainStack } from '../helpers/stack.js';
import { uniqueSuffix } from '../helpers/unique.js';

const ID_NUMBER = '11010519491231002X';
/** A word no demo text uses, to search by a two-character word. */
const WORD = '榴莲';
const ATTACHMENT_NAME = '补贴发放花名册.docx';

test('导入 Word、脱敏、审核、发布，公众按目录、栏目、搜索找到并下载附件', async ({ browser, page }) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const year = new Date().getFullYear();
  const title = `棉洋镇关于发放${WORD}种植补贴的通知（${suffix}）`;
  const docNumber = `棉府〔${year}〕${100 + (Date.now() % 800)}号`;
  const paragraphs = [
    `各村（居）委会：为扶持特色水果产业，镇政府决定对${WORD}种植户发放补贴，现将有关事项通知如下。`,
    `经核实，种植户陈某（身份证号码：${ID_NUMBER}）符合补贴条件。`,
    '补贴资金由镇财政所统一拨付，请各村于本月底前完成公示。',
  ];

  const id = await test.step('信息员导入 Word 文档并上传附件，提交审核', async () => {
    const editor = await actor(browser, 'editor');
    const p = editor.page;
    await p.goto(`${mainStack.console}/publications/import`);
    await p.getByLabel('Word 文档（.docx）').setInputFiles({
      name: `${title}.docx`,
      mimeType: DOCX_MIME,
      buffer: await makeDocx({ title, docNumber, paragraphs }),
    });
    await p.getByRole('button', { name: '导入', exact: true }).click();
    await expect(p).toHaveURL(/\/publications\/\d+\/edit/);

    // Title, 文号 and body come from the document.
    await expect(p.getByLabel('标题', { exact: true })).toHaveValue(title);
    await expect(p.getByLabel('文号', { exact: true })).toHaveValue(docNumber);
    await expect(p.getByRole('textbox', { name: '正文内容' })).toContainText('补贴资金由镇财政所统一拨付');

    await fillEditor(p, {
      topic: '农业、林业、水利',
      genre: '通知',
      category: '公共告示类信息',
      columns: ['公示公告'],
    });
    await p.getByRole('button', { name: '保存', exact: true }).click();
    await expect(p.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

    await p.getByLabel('选择文件').setInputFiles({
      name: ATTACHMENT_NAME,
      mimeType: DOCX_MIME,
      buffer: await makeDocx({
        title: '补贴发放花名册',
        paragraphs: ['序号　姓名　村别　面积（亩）', '1　陈某　棉洋村　3.5'],
      }),
    });
    await p.getByRole('button', { name: '上传', exact: true }).click();
    await expect(p.getByRole('status').filter({ hasText: `已上传：${ATTACHMENT_NAME}` })).toBeVisible();
    await expect(p.getByRole('link', { name: ATTACHMENT_NAME })).toBeVisible();

    const draftId = publicationIdOf(p);
    await submitForReview(p, draftId);
    await editor.context.close();
    return draftId;
  });

  await test.step('审核员看到身份证号，一键脱敏后审核通过', async () => {
    const reviewer = await actor(browser, 'reviewer');
    const p = reviewer.page;
    await p.goto(`${mainStack.console}/publications/${id}/review`);
    const pii = p.getByRole('region', { name: '个人信息检查' });
    await expect(pii).toContainText('发现 1 处疑似个人信息');
    await expect(pii.locator('mark')).toHaveText(ID_NUMBER);
    await pii.getByRole('button', { name: /^脱敏/ }).click();
    await expect(pii.getByRole('status').filter({ hasText: '已脱敏' })).toBeVisible();
    await expect(pii).toContainText('未发现身份证号、手机号、银行卡号等个人信息');
    await expect(p.getByRole('main')).not.toContainText(ID_NUMBER);
    await approve(p, id);
    await reviewer.context.close();
  });

  const indexNo = await test.step('签发人立即发布', async () => {
    const publisher = await actor(browser, 'publisher');
    const no = await publishNow(publisher.page, id);
    await expectStatus(publisher.page, '已发布');
    await publisher.context.close();
    expect(no).not.toBe('');
    return no;
  });

  const titleLink = () => page.getByRole('main').getByRole('link', { name: title });

  await test.step('公众在公开目录中找到', async () => {
    await untilVisible(async () => {
      await page.goto('/gk/mianyang');
      await page
        .getByRole('main')
        .getByRole('link', { name: /^公共告示类信息/ })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('公共告示类信息');
    }, titleLink);
  });

  await test.step('公众在栏目中找到', async () => {
    await untilVisible(() => page.goto('/column/gsgg'), titleLink);
  });

  await test.step('公众按关键词和文号搜索到', async () => {
    await untilVisible(() => page.goto(searchUrl(WORD)), titleLink);
    await untilVisible(() => page.goto(searchUrl(docNumber)), titleLink);
  });

  await test.step('详情页：文件信息表、脱敏后的正文、附件下载', async () => {
    await titleLink().click();
    await expect(page).toHaveURL(new RegExp(`/info/${id}$`));
    const meta = page.getByRole('table', { name: '文件信息' });
    await expect(meta.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '索引号' }) })).toContainText(
      indexNo,
    );
    await expect(meta.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '文号' }) })).toContainText(
      docNumber,
    );
    await expect(page.getByRole('main')).toContainText(/11\*{10,}\d?2X/);
    expect(await page.content()).not.toContain(ID_NUMBER);

    const link = page.getByRole('link', { name: ATTACHMENT_NAME });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(ATTACHMENT_NAME);
    expect((await download.failure()) ?? null).toBeNull();

    const res = await page.request.get((await link.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(ATTACHMENT_NAME)}`);
  });
});
