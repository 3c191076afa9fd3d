import type { Segmenter } from '@gongkai/domain';
import type { SearchDb } from '../search/search-index.js';
import type { OrgRef, Staff } from './publication-writer.js';

/** What the demo generators share while seeding one organization. */
export interface OrgContext {
  db: SearchDb;
  segmenter: Segmenter;
  org: OrgRef & { slug: string; name: string };
  staff: Staff;
  /** Category id by name (top-level and children share one namespace in the demo). */
  categories: Map<string, number>;
  /** Column id by slug. */
  columns: Map<string, number>;
}

export function categoryId(ctx: OrgContext, name: string): number {
  const id = ctx.categories.get(name);
  if (id === undefined) throw new Error(`demo category missing: ${name}`);
  return id;
}

export function columnId(ctx: OrgContext, slug: string): number {
  const id = ctx.columns.get(slug);
  if (id === undefined) throw new Error(`demo column missing: ${slug}`);
  return id;
}
