import type { NormativeCounts } from '@gongkai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { normativeItems, yearPeriod } from './report-sets.js';

/**
 * Table 二 from the organization's 规范性文件 and their dated 有效性 changes (rules §7): an item
 * is issued on its 成文日期 (else its 发布日期); its validity on a day is that of the latest change
 * effective by then, before any change the one it was created with (有效 unless imported
 * otherwise). Few items, so the classification is done here rather than in SQL, once for both the
 * counts and their trace lists.
 */
type Q = Kysely<Database>;

/** 规章 are the normative items of genre 命令（令）; the rest are 行政规范性文件. */
export const RULES_GENRE = '命令（令）';

const ENDED = new Set(['已废止', '失效']);

export type NormativeSet = keyof NormativeCounts;

export interface NormativeStatus {
  id: number;
  title: string;
  publish_date: string | null;
  doc_number: string;
  tier: 'rules' | 'documents';
  /** The table 二 cells of the year the item counts in. */
  sets: NormativeSet[];
}

export async function normativeStatus(q: Q, organizationId: number, year: number): Promise<NormativeStatus[]> {
  const { start, end } = yearPeriod(year);
  const items = await normativeItems(q, organizationId)
    .select(['p.id', 'p.title', 'p.genre', 'p.written_date', 'p.publish_date', 'p.doc_number', 'p.validity'])
    .orderBy('p.publish_date')
    .orderBy('p.id')
    .execute();
  const changes = await q
    .selectFrom('validity_changes as v')
    .select(['v.publication_id', 'v.validity', 'v.effective_date'])
    .where('v.publication_id', 'in', normativeItems(q, organizationId).select('p.id'))
    .orderBy('v.effective_date')
    .orderBy('v.id')
    .execute();
  const changesOf = new Map<number, { validity: string; effective_date: string }[]>();
  for (const c of changes) changesOf.set(c.publication_id, [...(changesOf.get(c.publication_id) ?? []), c]);

  return items.map((item) => {
    const history = changesOf.get(item.id) ?? [];
    const validityOn = (day: string) =>
      history.filter((c) => c.effective_date <= day).at(-1)?.validity ?? (history.length ? '有效' : item.validity);
    const issued = item.written_date ?? item.publish_date;
    const sets: NormativeSet[] = [];
    if (issued !== null && issued >= start && issued <= end) sets.push('issued');
    if (item.publish_date !== null && item.publish_date >= start && item.publish_date <= end) sets.push('published');
    if (history.some((c) => ENDED.has(c.validity) && c.effective_date >= start && c.effective_date <= end))
      sets.push('repealed');
    if (issued !== null && issued <= end && !ENDED.has(validityOn(end))) sets.push('inForce');
    return {
      id: item.id,
      title: item.title,
      publish_date: item.publish_date,
      doc_number: item.doc_number,
      tier: item.genre === RULES_GENRE ? 'rules' : 'documents',
      sets,
    };
  });
}
