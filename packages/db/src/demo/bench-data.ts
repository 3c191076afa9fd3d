import { shanghaiDate, type Segmenter } from '@gongkai/domain';
import { sql } from 'kysely';
import type { Db } from '../connect.js';
import { addDays, officeInstant, workingDays } from './calendar.js';
import { insertPublished, type OrgRef, type PublishedInput, type Staff } from './publication-writer.js';
import { createRandom } from './random.js';
import { anyText, catalogueText, paragraphsToHtml } from './texts.js';

export interface BenchDataOptions {
  count: number;
  segmenter: Segmenter;
  now: Date;
  /** First year of the generated span (default ten years before `now`). */
  fromYear?: number;
  /** Called after each committed batch, for progress output. */
  onProgress?: (done: number, total: number) => void;
}

/** Publications per transaction: large enough to amortize commits, small enough to bound memory. */
const BATCH = 5000;

/**
 * Template text repeats a lot; segmenting each sentence once keeps generating 100,000 items in
 * seconds rather than minutes. jieba splits at punctuation anyway, so the tokens are the same.
 */
function cachingSegmenter(inner: Segmenter): Segmenter {
  const cache = new Map<string, string[]>();
  return {
    cut: (text) => inner.cut(text),
    cutForSearch(text) {
      return text.split(/(?<=[。；：！？])/u).flatMap((sentence) => {
        let tokens = cache.get(sentence);
        if (!tokens) {
          tokens = inner.cutForSearch(sentence);
          if (cache.size > 200_000) cache.clear();
          cache.set(sentence, tokens);
        }
        return tokens;
      });
    },
  };
}

/**
 * Adds `count` published publications to the primary organization (run `seedDemo` first), spread
 * over the years, columns and categories, with search rows: the data set the bench runs against.
 */
export async function generateBenchData(db: Db, options: BenchDataOptions): Promise<void> {
  const org = await db.db
    .selectFrom('organizations')
    .select(['id', 'code', 'index_pattern'])
    .where('is_primary', '=', 1)
    .executeTakeFirst();
  if (!org) throw new Error('no primary organization: seed the demo first');
  const orgRef: OrgRef = { id: org.id, code: org.code, index_pattern: org.index_pattern };
  const categories = await db.db
    .selectFrom('categories')
    .select(['id', 'name', 'parent_id'])
    .where('organization_id', '=', org.id)
    .execute();
  const topName = new Map(categories.filter((c) => c.parent_id === null).map((c) => [c.id, c.name]));
  const columns = await db.db
    .selectFrom('site_columns')
    .select(['id', 'slug'])
    .where('organization_id', '=', org.id)
    .execute();
  const newsColumns = columns.filter((c) => ['zwdt', 'zcxx', 'bmdt', 'gsgg'].includes(c.slug));
  const author = await db.db
    .selectFrom('users')
    .select('id')
    .where('organization_id', '=', org.id)
    .orderBy('id')
    .executeTakeFirst();
  if (!author || categories.length === 0 || newsColumns.length === 0)
    throw new Error('the primary organization has no staff, categories or columns');
  const staff: Staff = { authorId: author.id, reviewerId: author.id, publisherId: author.id };

  const today = shanghaiDate(options.now);
  const lastYear = Number(today.slice(0, 4));
  const firstYear = options.fromYear ?? lastYear - 10;
  const days = workingDays(`${firstYear}-01-01`, addDays(today, -1));
  const segmenter = cachingSegmenter(options.segmenter);
  const r = createRandom(options.count);

  // Durability is irrelevant while generating a throwaway data set; restored afterwards.
  if (db.dialect === 'sqlite') await sql`PRAGMA synchronous = OFF`.execute(db.db);
  try {
    for (let done = 0; done < options.count;) {
      const n = Math.min(BATCH, options.count - done);
      const items: PublishedInput[] = [];
      for (let i = 0; i < n; i++) {
        const day = days[r.int(0, days.length - 1)]!;
        const roll = r.next();
        // About half in the catalogue, a third only in a news column, the rest in both.
        const category = roll < 0.65 ? r.pick(categories) : null;
        const column = roll >= 0.5 ? r.pick(newsColumns) : null;
        const t = category
          ? catalogueText(r, topName.get(category.parent_id ?? category.id) ?? category.name, day)
          : anyText(r, day);
        const publishedAt = officeInstant(day, r.int(0, 179));
        items.push({
          title: t.title,
          summary: t.summary,
          bodyHtml: paragraphsToHtml(t.paragraphs),
          bodyText: t.paragraphs.join('\n'),
          topic: t.topic,
          genre: t.genre,
          issuingBody: '棉洋镇人民政府',
          writtenDate: day,
          categoryId: category?.id ?? null,
          columnIds: column ? [column.id] : [],
          publishDate: day,
          publishedAt,
          viewCount: r.int(0, 3000),
        });
      }
      await db.db
        .transaction()
        .execute((trx) =>
          insertPublished({ db: trx, dialect: db.dialect }, orgRef, staff, items, { segmenter, revisions: false }),
        );
      done += n;
      options.onProgress?.(done, options.count);
    }
  } finally {
    if (db.dialect === 'sqlite') await sql`PRAGMA synchronous = NORMAL`.execute(db.db);
  }
  // Fresh statistics so the planner picks the indexes on the now large tables.
  await sql`ANALYZE`.execute(db.db);
}
