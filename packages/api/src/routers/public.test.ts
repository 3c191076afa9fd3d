import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentVersion } from '../content-version.js';
import { createFixture, draftInput, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

async function publish(f: Fixture, overrides: Record<string, unknown>, org: 'a' | 'b' = 'a') {
  const { id } = await f.caller(`${org}.editor`).publications.create(draftInput(overrides));
  await f.caller(`${org}.editor`).publications.submit({ id });
  await f.caller(`${org}.reviewer`).publications.approve({ id });
  await f.caller(`${org}.publisher`).publications.publish({ id });
  return id;
}

describe.each(testDialects())('public queries on $name', (dialect) => {
  let f: Fixture;
  let ids: Record<'news' | 'notice' | 'normative' | 'rule' | 'other' | 'interpretation', number>;
  let versionBefore: number;

  beforeAll(async () => {
    f = await createFixture(await dialect.open());
    versionBefore = await contentVersion(f.db);
    const [general, rules, normative] = f.a.categoryIds as [number, number, number];
    const first = {
      news: await publish(f, { title: '镇政府召开春耕动员会', columnIds: [f.a.columnIds.zwdt], docNumber: '' }),
      notice: await publish(f, {
        title: '关于低保对象的公示',
        columnIds: [f.a.columnIds.gsgg],
        categoryId: general,
        docNumber: '',
      }),
      normative: await publish(f, { title: '棉洋镇村规民约管理办法', categoryId: normative, isNormative: true }),
      rule: await publish(f, { title: '棉洋镇机关考勤制度', categoryId: rules, docNumber: '棉府发〔2026〕2号' }),
      other: await publish(f, { title: '华城镇工作动态', columnIds: [f.b.columnIds.zwdt], docNumber: '' }, 'b'),
    };
    f.setNow('2026-03-05T02:00:00.000Z');
    await f.renewSessions();
    const interpretation = await publish(f, {
      title: '《棉洋镇村规民约管理办法》政策解读',
      interpretsId: first.normative,
      docNumber: '',
    });
    ids = { ...first, interpretation };
    // A draft never shows publicly.
    await f
      .caller('a.editor')
      .publications.create(draftInput({ title: '未发布草稿', columnIds: [f.a.columnIds.zwdt] }));
  });
  afterAll(async () => {
    await f.destroy();
  });

  it('describes the site and its home page', async () => {
    const site = await f.caller().public.site();
    expect(site.primary.slug).toBe('mianyang');
    expect(site.organizations.map((o) => o.slug)).toEqual(['mianyang', 'huacheng']);
    const home = await f.caller().public.home();
    const zwdt = home.columns.find((c) => c.column.slug === 'zwdt')!;
    expect(zwdt.items.map((i) => i.title)).toEqual(['镇政府召开春耕动员会']);
    expect(home.latest[0]!.id).toBe(ids.interpretation);
    expect(home.latest.every((i) => i.organization.slug === 'mianyang')).toBe(true);
  });

  it('counts published items per category including descendants', async () => {
    const { categories, totalPublished, columns } = await f.caller().public.organization({ org: 'mianyang' });
    expect(totalPublished).toBe(5);
    expect(categories.map((c) => [c.name, c.count])).toEqual([
      ['概况信息', 1],
      ['规章制度类信息', 2],
    ]);
    expect(categories[1]!.children!.map((c) => [c.name, c.count])).toEqual([['规范性文件', 1]]);
    expect(columns.map((c) => c.slug)).toEqual(['zwdt', 'zcxx', 'bmdt', 'gsgg']);
  });

  it('lists by organization, category (with descendants), column and year', async () => {
    const rules = await f.caller().public.list({ org: 'mianyang', categoryId: f.a.categoryIds[1]! });
    expect(rules.items.map((i) => i.id).sort()).toEqual([ids.normative, ids.rule].sort());
    expect(rules.items[0]!.categoryName).toBeTruthy();
    const all = await f.caller().public.list({ pageSize: 2, page: 2 });
    expect(all).toMatchObject({ total: 6, page: 2, pageSize: 2, years: [2026] });
    expect((await f.caller().public.list({ year: 2025 })).total).toBe(0);
    await expect(f.caller().public.list({ org: 'nowhere' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('links interpretations both ways and shows the metadata', async () => {
    const doc = await f.caller().public.publication({ id: ids.normative });
    expect(doc.interpretations.map((i) => i.id)).toEqual([ids.interpretation]);
    expect(doc).toMatchObject({
      isNormative: true,
      topic: '农业、林业、水利',
      genre: '方案',
      disclosureMode: '主动公开',
    });
    const interpretation = await f.caller().public.publication({ id: ids.interpretation });
    expect(interpretation.interprets?.id).toBe(ids.normative);
    expect(interpretation.publishDate).toBe('2026-03-05');
  });

  it('searches with facets and filters', async () => {
    const result = await f.caller().public.search({ q: '棉洋镇' });
    expect(result.total).toBeGreaterThanOrEqual(3);
    expect(result.facets.years).toEqual([{ year: 2026, count: result.total }]);
    expect(result.facets.categories.every((c) => c.name !== '')).toBe(true);
    const inOrg = await f.caller().public.search({ q: '工作动态', org: 'huacheng' });
    expect(inOrg.items.map((i) => i.id)).toEqual([ids.other]);
    expect((await f.caller().public.search({ q: '棉府发〔2026〕2号' })).items.map((i) => i.id)).toEqual([ids.rule]);
  });

  it('serves feeds, sitemaps and the content version', async () => {
    const feed = await f.caller().public.feed({ column: 'zwdt' });
    expect(feed.items.map((i) => i.title)).toEqual(['镇政府召开春耕动员会']);
    expect(feed.items[0]!.publishedAt).toBe('2026-03-02T02:00:00.000Z');
    const sitemap = await f.caller().public.sitemap({});
    expect(sitemap.pages).toBe(1);
    expect(sitemap.urls).toHaveLength(6);
    expect(sitemap.urls[0]!.path).toBe(`/info/${ids.news}`);
    expect(await contentVersion(f.db)).toBeGreaterThan(versionBefore);
  });

  it('gives staff their dashboard', async () => {
    const editor = await f.caller('a.editor').dashboard.summary();
    expect(editor.myDrafts.map((d) => d.title)).toEqual(['未发布草稿']);
    expect(editor.counts).toMatchObject({ draft: 1, published: 5 });
    expect(editor.awaitingMyReview).toEqual([]);
    const list = await f.caller('a.reviewer').publications.list({ status: 'published', q: '棉洋镇' });
    expect(list.total).toBe(3);
  });
});
