import type { Kysely } from 'kysely';
import {
  categoriesRepo,
  columnsRepo,
  organizationsRepo,
  publicationsRepo,
  searchPublications,
  viewsRepo,
  type Database,
} from '@gongkai/db';
import {
  compactDocNumber,
  highlight,
  normalizeDocNumber,
  parseDocNumber,
  queryTerms,
  type Segment,
} from '@gongkai/domain';
import { notFound } from '../errors.js';
import { loadDetail } from '../publications/detail.js';
import { summariesByIds, summarize } from '../publications/summaries.js';
import {
  feedInput,
  listInput,
  orgInput,
  revisionInput,
  searchInput,
  sitemapInput,
  viewStatsInput,
} from '../schemas/public.js';
import { byId } from '../schemas/publication.js';
import { categoryTree, descendantIds, toColumn, toOrg, type Page, type PublicationSummary } from '../shapes.js';
import { publicProcedure, router } from '../trpc.js';

const HOME_ITEMS_PER_COLUMN = 8;
const HOME_LATEST = 10;
const FEED_ITEMS = 50;
const SEARCH_PAGE_SIZE = 20;
const SITEMAP_URLS = 50_000;

async function orgBySlug(q: Kysely<Database>, slug: string) {
  const org = await organizationsRepo.findBySlug(q, slug);
  if (!org) throw notFound('单位不存在');
  return org;
}

async function primaryOrg(q: Kysely<Database>) {
  const org = await organizationsRepo.findPrimary(q);
  if (!org) throw notFound('尚未设置任何单位');
  return org;
}

/** The organization named by slug, or the deployment's primary one. */
const orgOrPrimary = (q: Kysely<Database>, slug: string | undefined) => (slug ? orgBySlug(q, slug) : primaryOrg(q));

/** A category of the organization (if given) with its descendants; NOT_FOUND otherwise. */
async function categoryScope(q: Kysely<Database>, categoryId: number, organizationId?: number): Promise<number[]> {
  const category = await categoriesRepo.findById(q, categoryId);
  if (!category || (organizationId !== undefined && category.organization_id !== organizationId))
    throw notFound('目录分类不存在');
  return descendantIds(await categoriesRepo.listForOrg(q, category.organization_id), category.id);
}

export const publicRouter = router({
  site: publicProcedure.query(async ({ ctx }) => {
    const q = ctx.deps.db.db;
    const [primary, all] = await Promise.all([primaryOrg(q), organizationsRepo.list(q)]);
    return { primary: toOrg(primary), organizations: all.map(toOrg) };
  }),

  home: publicProcedure.query(async ({ ctx }) => {
    const q = ctx.deps.db.db;
    const primary = await primaryOrg(q);
    const columns = await columnsRepo.listForOrg(q, primary.id);
    const [inColumns, latestRows] = await Promise.all([
      publicationsRepo.publicLatestByColumn(
        q,
        columns.map((c) => c.id),
        HOME_ITEMS_PER_COLUMN,
      ),
      publicationsRepo.publicPage(q, { organizationId: primary.id }, HOME_LATEST, 0),
    ]);
    // One summarize for both lists: their column slugs come in one query.
    const summaries = await summarize(q, [...inColumns, ...latestRows]);
    const latest = summaries.slice(inColumns.length);
    return {
      primary: toOrg(primary),
      columns: columns.map((c) => ({
        column: toColumn(c),
        items: summaries.filter((_, i) => inColumns[i]?.column_id === c.id),
      })),
      latest,
    };
  }),

  organization: publicProcedure.input(orgInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const org = await orgBySlug(q, input.org);
    const [categories, columns, totalPublished] = await Promise.all([
      categoriesRepo.listForOrg(q, org.id),
      columnsRepo.listForOrg(q, org.id),
      publicationsRepo.publicCount(q, { organizationId: org.id }),
    ]);
    const counts = await categoriesRepo.publishedCounts(
      q,
      categories.map((c) => c.id),
    );
    return {
      org: toOrg(org),
      categories: categoryTree(categories, counts),
      columns: columns.map(toColumn),
      totalPublished,
    };
  }),

  list: publicProcedure
    .input(listInput)
    .query(async ({ ctx, input }): Promise<Page<PublicationSummary> & { years: number[] }> => {
      const q = ctx.deps.db.db;
      const org = input.org ? await orgBySlug(q, input.org) : undefined;
      const filter: publicationsRepo.PublicFilter = { organizationId: org?.id, year: input.year };
      if (input.categoryId !== undefined) filter.categoryIds = await categoryScope(q, input.categoryId, org?.id);
      if (input.column) {
        const columnOrg = org ?? (await primaryOrg(q));
        const column = await columnsRepo.findBySlug(q, columnOrg.id, input.column);
        if (!column) throw notFound('栏目不存在');
        filter.columnId = column.id;
      }
      const [rows, total, years] = await Promise.all([
        publicationsRepo.publicPage(q, filter, input.pageSize, (input.page - 1) * input.pageSize),
        publicationsRepo.publicCount(q, filter),
        publicationsRepo.publicYears(q, filter),
      ]);
      return { items: await summarize(q, rows), total, page: input.page, pageSize: input.pageSize, years };
    }),

  publication: publicProcedure.input(byId).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const pub = await publicationsRepo.findPublished(q, input.id);
    if (!pub) throw notFound('信息不存在或已撤回');
    return loadDetail(q, pub);
  }),

  revision: publicProcedure.input(revisionInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const pub = await publicationsRepo.findPublished(q, input.id);
    const rev = pub ? await publicationsRepo.findRevision(q, pub.id, input.revision) : undefined;
    if (!rev) throw notFound('该版本不存在');
    return {
      revision: rev.revision,
      title: rev.title,
      summary: rev.summary,
      bodyHtml: rev.body_html,
      changeNote: rev.change_note,
      createdAt: rev.created_at,
    };
  }),

  search: publicProcedure.input(searchInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const org = input.org ? await orgBySlug(q, input.org) : undefined;
    const categoryIds = input.categoryId === undefined ? undefined : await categoryScope(q, input.categoryId, org?.id);
    const terms = queryTerms(ctx.deps.segmenter, input.q);
    const doc = parseDocNumber(input.q.trim());
    const result = await searchPublications(ctx.deps.db, {
      terms,
      ...(doc ? { docNumberToken: compactDocNumber(doc) } : {}),
      organizationId: org?.id,
      categoryIds,
      year: input.year,
      limit: SEARCH_PAGE_SIZE,
      offset: (input.page - 1) * SEARCH_PAGE_SIZE,
    });
    const { rows, items } = await summariesByIds(q, result.ids);
    // A 文号 query is matched by its compact token; highlight the 文号 as written in the text.
    const marks = doc ? [...terms, normalizeDocNumber(input.q.trim())] : terms;
    const categoryNames = new Map(
      (
        await categoriesRepo.listByIds(
          q,
          result.facets.categories.map((c) => c.id),
        )
      ).map((c) => [c.id, c.name]),
    );
    return {
      items: items.map((item, i) => ({
        ...item,
        titleHighlight: highlight(item.title, marks, 200) as Segment[],
        snippet: highlight(rows[i]!.body_text || rows[i]!.summary, marks) as Segment[],
      })),
      total: result.total,
      page: input.page,
      pageSize: SEARCH_PAGE_SIZE,
      facets: {
        years: result.facets.years,
        categories: result.facets.categories.map((c) => ({
          id: c.id,
          name: categoryNames.get(c.id) ?? '',
          count: c.count,
        })),
      },
    };
  }),

  feed: publicProcedure.input(feedInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const org = await orgOrPrimary(q, input.org);
    const column = await columnsRepo.findBySlug(q, org.id, input.column);
    if (!column) throw notFound('栏目不存在');
    const rows = await publicationsRepo.publicPage(q, { organizationId: org.id, columnId: column.id }, FEED_ITEMS, 0);
    const items = await summarize(q, rows);
    return {
      column: toColumn(column),
      org: toOrg(org),
      items: items.map((item, i) => ({ ...item, summary: rows[i]!.summary, publishedAt: rows[i]!.published_at })),
    };
  }),

  sitemap: publicProcedure.input(sitemapInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const [rows, total] = await Promise.all([
      publicationsRepo.sitemapPage(q, SITEMAP_URLS, (input.page - 1) * SITEMAP_URLS),
      publicationsRepo.publicCount(q, {}),
    ]);
    return {
      urls: rows.map((r) => ({ path: `/info/${r.id}`, lastmod: r.updated_at })),
      pages: Math.max(1, Math.ceil(total / SITEMAP_URLS)),
    };
  }),

  viewStats: publicProcedure.input(viewStatsInput).query(async ({ ctx, input }) => {
    const q = ctx.deps.db.db;
    const org = input.org ? await orgBySlug(q, input.org) : undefined;
    return viewsRepo.yearStats(q, input.year, org?.id);
  }),
});
