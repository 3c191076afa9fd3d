/**
 * The public list of annual reports: the ones generated and published here, and the earlier ones
 * published as plain items of the 年度报告 column (the founding 2015 report is one), whose year is
 * read from the title because they predate the platform's report records.
 */
import type { Kysely } from 'kysely';
import { reportsRepo, type Database } from '@gongkai/db';
import { reportTitle } from '@gongkai/domain';

export interface ListedReport {
  year: number;
  title: string;
  publishedAt: string;
  indexNo: string | null;
  publicationId: number;
  /** Generated here (has tables, Word and JSON) or an earlier item published as it was. */
  generated: boolean;
}

export interface ReportsOfOrganization {
  slug: string;
  name: string;
  reports: ListedReport[];
}

const YEAR_IN_TITLE = /((?:19|20)\d{2})年.*年度报告/;

function historicalItems(q: Kysely<Database>, organizationSlug?: string) {
  let query = q
    .selectFrom('publications as p')
    .innerJoin('publication_columns as pc', 'pc.publication_id', 'p.id')
    .innerJoin('site_columns as c', 'c.id', 'pc.column_id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('annual_reports as r', 'r.publication_id', 'p.id')
    .select(['p.id', 'p.organization_id', 'p.title', 'p.index_no', 'p.published_at', 'o.slug', 'o.name'])
    .where('c.slug', '=', 'ndbg')
    .where('p.status', '=', 'published')
    .where('r.id', 'is', null);
  if (organizationSlug !== undefined) query = query.where('o.slug', '=', organizationSlug);
  return query.execute();
}

/** The published 年度报告 item of a year that the platform did not generate, if any (for comparison). */
export async function historicalReportId(q: Kysely<Database>, organizationId: number, year: number) {
  const items = await historicalItems(q);
  return (
    items.find((i) => i.organization_id === organizationId && YEAR_IN_TITLE.exec(i.title)?.[1] === String(year))?.id ??
    null
  );
}

export async function listPublicReports(q: Kysely<Database>, organizationSlug?: string) {
  const [generated, historical] = await Promise.all([
    reportsRepo.publishedReports(q, organizationSlug === undefined ? {} : { organizationSlug }),
    historicalItems(q, organizationSlug),
  ]);
  const byOrg = new Map<string, ReportsOfOrganization>();
  const add = (slug: string, name: string, report: ListedReport) => {
    const entry = byOrg.get(slug) ?? { slug, name, reports: [] };
    entry.reports.push(report);
    byOrg.set(slug, entry);
  };
  for (const r of generated) {
    add(r.slug, r.name, {
      year: r.year,
      title: reportTitle(r.name, r.year),
      publishedAt: r.published_at!,
      indexNo: r.index_no,
      publicationId: r.publication_id!,
      generated: true,
    });
  }
  for (const item of historical) {
    const year = YEAR_IN_TITLE.exec(item.title)?.[1];
    if (!year) continue;
    add(item.slug, item.name, {
      year: Number(year),
      title: item.title,
      publishedAt: item.published_at!,
      indexNo: item.index_no,
      publicationId: item.id,
      generated: false,
    });
  }
  for (const entry of byOrg.values()) entry.reports.sort((a, b) => b.year - a.year);
  return [...byOrg.values()];
}
