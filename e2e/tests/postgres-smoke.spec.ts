// Smoke journey on PostgreSQL (the `postgres` project): the whole workflow and public search
// against the second stack, whose database is created fresh for the run.
import { postgresDatabaseUrl, test } from '../fixtures/postgres-stack.js';
import { publishedViaUi } from '../helpers/publications.js';
import { gotoUntilVisible, searchUrl } from '../helpers/site.js';
import { uniqueSuffix } from '../helpers/unique.js';

test.skip(
  !postgresDatabaseUrl,
  'PostgreSQL smoke journey skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run it (CI always does)',
);

test('PostgreSQL：起草、提交、审核、发布，公众搜索可见', async ({ browser, page, pgStack }) => {
  test.setTimeout(180_000);
  const title = `棉洋镇数据库冒烟测试公告（${uniqueSuffix()}）`;
  const id = await publishedViaUi(
    browser,
    { title, body: '本公告用于检验 PostgreSQL 部署。', columns: ['公示公告'] },
    pgStack,
  );

  await gotoUntilVisible(page, `${pgStack.site}/info/${id}`, (p) => p.getByRole('heading', { name: title }));
  await gotoUntilVisible(page, `${pgStack.site}${searchUrl(title)}`, (p) =>
    p.getByRole('main').getByRole('link', { name: title }),
  );
});
