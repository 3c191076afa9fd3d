import { createHash } from 'node:crypto';
import { shanghaiDate } from '@gongkai/domain';
import type { FileStorage } from '../files/file-storage.js';
import { addDays, officeInstant, spreadOver, workingDays } from './calendar.js';
import { categoryId, columnId, type OrgContext } from './context.js';
import { insertPublished, publicationRow, type ItemInput, type PublishedInput } from './publication-writer.js';
import { createRandom } from './random.js';
import {
  TOWN,
  catalogueText,
  forTown,
  departmentNews,
  interpretation,
  normativeDocument,
  noticeNews,
  paragraphsToHtml,
  townNews,
  villageNews,
  type GeneratedText,
} from './texts.js';
import { tinyPdf } from './tiny-pdf.js';
import { insertViewRows, type ViewRow } from './views.js';

export type Slot =
  | { kind: 'news'; column: 'zwdt' | 'zcxx' | 'bmdt' | 'gsgg' }
  | { kind: 'catalogue'; category: string; columns?: string[]; attachment?: boolean }
  | { kind: 'normative' };

const NEWS = { zwdt: townNews, zcxx: villageNews, bmdt: departmentNews, gsgg: noticeNews } as const;

/** The town an organization belongs to: a town government's own name, else 棉洋镇 (its offices and villages). */
function townOf(issuingBody: string): string {
  return issuingBody.endsWith('人民政府') ? issuingBody.slice(0, -'人民政府'.length) : TOWN;
}

function input(raw: GeneratedText, issuingBody: string, extra: Partial<ItemInput> = {}): ItemInput {
  const t = forTown(raw, townOf(issuingBody));
  return {
    title: t.title,
    summary: t.summary,
    bodyHtml: paragraphsToHtml(t.paragraphs),
    bodyText: t.paragraphs.join('\n'),
    topic: t.topic,
    genre: t.genre,
    issuingBody,
    writtenDate: null,
    categoryId: null,
    columnIds: [],
    ...extra,
  };
}

/** Working days of this year before today (the last ~4 months), so recent items are in the past. */
function recentDays(now: Date): string[] {
  const today = shanghaiDate(now);
  const start = [`${today.slice(0, 4)}-01-01`, addDays(today, -120)].sort()[1]!;
  const days = workingDays(start, addDays(today, -1));
  return days.length ? days : [today];
}

/** A publish instant on `day` that is never later than `now`. */
function publishedAt(day: string, minute: number, now: Date, k: number): string {
  const at = officeInstant(day, minute);
  const latest = new Date(now.getTime() - (k + 1) * 60_000).toISOString();
  return at < latest ? at : latest;
}

export interface RecentOptions {
  now: Date;
  files: FileStorage;
  issuingBody: string;
  slots: Slot[];
  seed: number;
}

/** Published items of the current year for one organization, with views and optional PDF attachments. */
export async function seedRecent(ctx: OrgContext, options: RecentOptions): Promise<number[]> {
  const r = createRandom(options.seed);
  const days = spreadOver(recentDays(options.now), options.slots.length);
  const year = Number(shanghaiDate(options.now).slice(0, 4));
  const items: PublishedInput[] = [];
  const attach: number[] = [];
  const interpretFor: number[] = [];
  options.slots.forEach((slot, i) => {
    const day = days[i]!;
    const at = publishedAt(day, r.int(0, 170), options.now, i);
    const published = { publishDate: shanghaiDate(at), publishedAt: at, viewCount: r.int(30, 600) };
    if (slot.kind === 'news') {
      items.push({
        ...input(NEWS[slot.column](r, day), options.issuingBody, {
          writtenDate: day,
          columnIds: [columnId(ctx, slot.column)],
        }),
        ...published,
      });
    } else if (slot.kind === 'catalogue') {
      if (slot.attachment) attach.push(items.length);
      const t = catalogueText(r, slot.category, day);
      items.push({
        ...input(t, options.issuingBody, {
          writtenDate: day,
          categoryId: categoryId(ctx, slot.category),
          columnIds: (slot.columns ?? []).map((c) => columnId(ctx, c)),
        }),
        ...published,
      });
    } else {
      const docNumber = `棉府〔${year}〕${r.int(1, 9)}号`;
      const title = '棉洋镇农村生活垃圾收运处理管理办法';
      attach.push(items.length);
      interpretFor.push(items.length);
      items.push({
        ...input(normativeDocument(title, '城乡建设、环境保护', '办法', day), options.issuingBody, {
          writtenDate: day,
          docNumber,
          isNormative: true,
          categoryId: categoryId(ctx, '规范性文件'),
          columnIds: [columnId(ctx, 'gfxwj')],
        }),
        ...published,
      });
    }
  });

  const ids = await insertPublished(ctx.db, ctx.org, ctx.staff, items, { segmenter: ctx.segmenter, revisions: true });
  const interpretations = interpretFor.map((i) => {
    const doc = items[i]!;
    const t = interpretation(doc.title, doc.docNumber ?? '', doc.topic);
    return {
      ...input(t, options.issuingBody, {
        writtenDate: doc.publishDate,
        columnIds: [columnId(ctx, 'zcjd')],
        interpretsId: ids[i]!,
      }),
      publishDate: doc.publishDate,
      publishedAt: doc.publishedAt,
      viewCount: 0,
    };
  });
  if (interpretations.length)
    await insertPublished(ctx.db, ctx.org, ctx.staff, interpretations, { segmenter: ctx.segmenter, revisions: true });

  const views: ViewRow[] = items.map((it, i) => ({
    publication_id: ids[i]!,
    day: it.publishDate,
    count: it.viewCount ?? 0,
  }));
  await insertViewRows(ctx.db, ctx.org.id, views);

  for (const i of attach) await attachPdf(ctx, options.files, ids[i]!, items[i]!);
  return ids;
}

async function attachPdf(
  ctx: OrgContext,
  files: FileStorage,
  publicationId: number,
  item: PublishedInput,
): Promise<void> {
  const lines = [item.title, '', ...item.bodyText.split('\n')];
  const bytes = tinyPdf(lines);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Content-addressed key: reseeding a fresh database over the same folder rewrites identical bytes.
  const key = `demo/${sha256}.pdf`;
  await files.put(key, bytes);
  const file = await ctx.db.db
    .insertInto('files')
    .values({
      organization_id: ctx.org.id,
      storage_key: key,
      file_name: `${item.title}.pdf`,
      mime: 'application/pdf',
      size: bytes.byteLength,
      sha256,
      text_content: lines.join('\n'),
      uploaded_by: ctx.staff.authorId,
      created_at: item.publishedAt,
    })
    .onConflict((oc) => oc.column('storage_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  const fileId =
    file?.id ??
    (await ctx.db.db.selectFrom('files').select('id').where('storage_key', '=', key).executeTakeFirstOrThrow()).id;
  await ctx.db.db
    .insertInto('attachments')
    .values({
      publication_id: publicationId,
      file_id: fileId,
      kind: 'attachment',
      sort_order: 0,
      created_at: item.publishedAt,
    })
    .execute();
}

/** One draft, one submitted and one approved item, so the console dashboard has work to show. */
export async function seedWorkInProgress(ctx: OrgContext, now: Date): Promise<void> {
  const r = createRandom(7);
  const today = shanghaiDate(now);
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000).toISOString();
  const states = [
    { status: 'draft', submitted_at: null, reviewed_at: null, created_at: hoursAgo(5), updated_at: hoursAgo(1) },
    {
      status: 'submitted',
      submitted_at: hoursAgo(20),
      reviewed_at: null,
      created_at: hoursAgo(26),
      updated_at: hoursAgo(20),
    },
    {
      status: 'approved',
      submitted_at: hoursAgo(48),
      reviewed_at: hoursAgo(30),
      created_at: hoursAgo(52),
      updated_at: hoursAgo(30),
    },
  ];
  for (const state of states) {
    const item = input(townNews(r, today), '棉洋镇人民政府', {
      writtenDate: today,
      columnIds: [columnId(ctx, 'zwdt')],
    });
    const row = publicationRow(ctx.org, ctx.staff, item, state);
    const { id } = await ctx.db.db.insertInto('publications').values(row).returning('id').executeTakeFirstOrThrow();
    // Not published: no listed date (see columnsRepo.listedDate).
    await ctx.db.db
      .insertInto('publication_columns')
      .values({ publication_id: id, column_id: columnId(ctx, 'zwdt'), publish_date: null })
      .execute();
  }
}
