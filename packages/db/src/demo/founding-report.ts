import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { officeInstant } from './calendar.js';
import { categoryId, columnId, type OrgContext } from './context.js';
import { insertPublished } from './publication-writer.js';
import { escapeHtml, TOWN_GOV } from './texts.js';
import { insertViewRows, viewRows } from './views.js';

export const FOUNDING_REPORT_TITLE = '棉洋镇2015年政府信息公开工作年度报告';
/** Under the 2007 条例 the annual report was due on 3月31日. */
export const FOUNDING_REPORT_DATE = '2016-03-31';

/**
 * The founding document, read when seeding: the shared seed folder beside the repository when
 * present, else the copy kept in this package (src/demo, also found from dist/demo).
 */
export function loadFoundingReport(): string {
  const candidates = [
    new URL('../../../../../shared/seed/mianyang-2015-annual-report.txt', import.meta.url),
    new URL('./founding-report.txt', import.meta.url),
    new URL('../../src/demo/founding-report.txt', import.meta.url),
  ].map((u) => fileURLToPath(u));
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`founding report not found (looked in ${candidates.join(', ')})`);
  return readFileSync(file, 'utf8');
}

/** Paragraphs of the report: title line dropped, Word's bookmark artifact and indentation stripped. */
export function reportParagraphs(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\[bookmark: [^\]]*\]/g, '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '');
  return lines[0] === FOUNDING_REPORT_TITLE ? lines.slice(1) : lines;
}

export async function seedFoundingReport(ctx: OrgContext): Promise<number> {
  const paragraphs = reportParagraphs(loadFoundingReport());
  const day = FOUNDING_REPORT_DATE;
  const [id] = await insertPublished(
    ctx.db,
    ctx.org,
    ctx.staff,
    [
      {
        title: FOUNDING_REPORT_TITLE,
        summary:
          '2015年棉洋镇政府信息公开工作情况，包括主动公开、依申请公开、收费、行政复议和行政诉讼情况以及存在问题与工作计划。',
        bodyHtml: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
        bodyText: paragraphs.join('\n'),
        topic: '综合政务',
        genre: '报告',
        issuingBody: TOWN_GOV,
        writtenDate: day,
        categoryId: categoryId(ctx, '计划总结类信息'),
        columnIds: [columnId(ctx, 'ndbg')],
        timeLimit: '长期公开',
        publishDate: day,
        publishedAt: officeInstant(day, 60),
        viewCount: 1862,
      },
    ],
    { segmenter: ctx.segmenter, revisions: true },
  );
  await insertViewRows(ctx.db, ctx.org.id, viewRows(id!, day, 1862, '2016-12-31'));
  return id!;
}
