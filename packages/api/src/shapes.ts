import type { Selectable } from 'kysely';
import type { CategoryTable, OrganizationTable, PublicationTable, SiteColumnTable } from '@gongkai/db';
import { STATUS_LABELS, type OrgKind, type PublicationStatus, type Validity } from '@gongkai/domain';

/** The shapes of docs/api.md, and the mapping from table rows to them. */

export interface Org {
  id: number;
  slug: string;
  name: string;
  shortName: string;
  kind: OrgKind;
  code: string;
  parentId: number | null;
  isPrimary: boolean;
  officeName: string;
  address: string;
  officeHours: string;
  phone: string;
  fax: string;
  email: string;
  hotline: string;
  postcode: string;
  guideText: string;
  indexPattern: string;
}

export interface Category {
  id: number;
  parentId: number | null;
  name: string;
  sortOrder: number;
  count?: number;
  children?: Category[];
}

export interface Column {
  id: number;
  slug: string;
  name: string;
  description: string;
  sortOrder: number;
}

export interface PublicationSummary {
  id: number;
  title: string;
  indexNo: string | null;
  publishDate: string | null;
  docNumber: string;
  organization: { slug: string; name: string };
  validity: Validity;
  columnSlugs: string[];
  categoryName: string | null;
}

export interface StaffPub {
  id: number;
  title: string;
  status: PublicationStatus;
  statusLabel: string;
  author: { id: number; displayName: string };
  updatedAt: string;
  scheduledAt: string | null;
  publishDate: string | null;
  indexNo: string | null;
  docNumber: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function toOrg(row: Selectable<OrganizationTable>): Org {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as OrgKind,
    code: row.code,
    parentId: row.parent_id,
    isPrimary: row.is_primary === 1,
    officeName: row.office_name,
    address: row.address,
    officeHours: row.office_hours,
    phone: row.phone,
    fax: row.fax,
    email: row.email,
    hotline: row.hotline,
    postcode: row.postcode,
    guideText: row.guide_text,
    indexPattern: row.index_pattern,
  };
}

export function toColumn(
  row: Pick<Selectable<SiteColumnTable>, 'id' | 'slug' | 'name' | 'description' | 'sort_order'>,
): Column {
  return { id: row.id, slug: row.slug, name: row.name, description: row.description, sortOrder: row.sort_order };
}

/** Nests a flat category list; `counts` (direct items) are summed up the tree when given. */
export function categoryTree(rows: readonly Selectable<CategoryTable>[], counts?: Map<number, number>): Category[] {
  const nodes = new Map<number, Category>(
    rows.map((r) => [r.id, { id: r.id, parentId: r.parent_id, name: r.name, sortOrder: r.sort_order, children: [] }]),
  );
  const roots: Category[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children! : roots).push(node);
  }
  if (counts) {
    const total = (node: Category): number =>
      (node.count = (counts.get(node.id) ?? 0) + node.children!.reduce((s, c) => s + total(c), 0));
    roots.forEach(total);
  }
  return roots;
}

/** A category and all categories below it. */
export function descendantIds(
  rows: readonly Pick<Selectable<CategoryTable>, 'id' | 'parent_id'>[],
  rootId: number,
): number[] {
  const out = [rootId];
  for (let i = 0; i < out.length; i++) out.push(...rows.filter((r) => r.parent_id === out[i]).map((r) => r.id));
  return out;
}

/** The fields of a published row a summary is made from (the repositories' public list queries hand at least these). */
export type PublishedRow = Pick<
  Selectable<PublicationTable>,
  'id' | 'title' | 'index_no' | 'publish_date' | 'doc_number' | 'validity'
> & {
  org_slug: string;
  org_name: string;
  category_name: string | null;
};

export function toSummary(row: PublishedRow, columnSlugs: string[]): PublicationSummary {
  return {
    id: row.id,
    title: row.title,
    indexNo: row.index_no,
    publishDate: row.publish_date,
    docNumber: row.doc_number,
    organization: { slug: row.org_slug, name: row.org_name },
    validity: row.validity as Validity,
    columnSlugs,
    categoryName: row.category_name,
  };
}

export interface StaffPubRow {
  id: number;
  title: string;
  status: string;
  author_id: number;
  author_name: string;
  updated_at: string;
  scheduled_at: string | null;
  publish_date: string | null;
  index_no: string | null;
  doc_number: string;
}

export function toStaffPub(row: StaffPubRow): StaffPub {
  const status = row.status as PublicationStatus;
  return {
    id: row.id,
    title: row.title,
    status,
    statusLabel: STATUS_LABELS[status],
    author: { id: row.author_id, displayName: row.author_name },
    updatedAt: row.updated_at,
    scheduledAt: row.scheduled_at,
    publishDate: row.publish_date,
    indexNo: row.index_no,
    docNumber: row.doc_number,
  };
}
