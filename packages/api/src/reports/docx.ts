/**
 * The report as a Word document, the form agencies file upward: the title, the sections with
 * their headings and text, and the tables with the official merged header cells.
 */
import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { HeaderCell, ReportDocument, ReportTable } from '@gongkai/domain';
import { BODY_PARAGRAPH, OFFICIAL_PAGE, OFFICIAL_STYLES, titleParagraph } from '../word/official-style.js';
import { formatCellValue } from './html.js';

/** Table text in 五号 (10.5 pt) on single lines: the body's fixed 28 pt line would not fit the tables. */
const TABLE_SIZE = 21;
const TABLE_LINE = { line: 300, lineRule: LineRuleType.AUTO };
/** Section headings in 黑体 三号, as 公文 first-level headings. */
const HEADING_FONT = { eastAsia: '黑体', ascii: '黑体', hAnsi: '黑体', cs: '黑体' };

function cell(text: string, spans: Pick<HeaderCell, 'colSpan' | 'rowSpan'>, bold: boolean): TableCell {
  return new TableCell({
    columnSpan: spans.colSpan,
    rowSpan: spans.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: TABLE_LINE,
        children: [new TextRun({ text, bold, size: TABLE_SIZE })],
      }),
    ],
  });
}

function table(t: ReportTable): (Paragraph | Table)[] {
  const rows = [
    ...t.head.map((row) => new TableRow({ tableHeader: true, children: row.map((c) => cell(c.text, c, true)) })),
    ...t.rows.map(
      (row) =>
        new TableRow({
          children: [
            ...row.labels.map((c) => cell(c.text, c, false)),
            ...row.cells.map((c) => cell(formatCellValue(c), {}, false)),
          ],
        }),
    ),
  ];
  const caption = t.caption
    ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t.caption, bold: true })] })]
    : [];
  const note = t.note
    ? [new Paragraph({ spacing: TABLE_LINE, children: [new TextRun({ text: t.note, size: TABLE_SIZE })] })]
    : [];
  return [...caption, new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }), ...note];
}

const body = (text: string) => new Paragraph({ ...BODY_PARAGRAPH, children: [new TextRun({ text })] });

export async function renderReportDocx(document: ReportDocument): Promise<Uint8Array> {
  const doc = new Document({
    title: document.title,
    subject: '政府信息公开工作年度报告',
    creator: document.organizationName,
    styles: OFFICIAL_STYLES,
    sections: [
      {
        properties: OFFICIAL_PAGE,
        children: [
          titleParagraph(document.title),
          ...document.intro.map(body),
          ...document.sections.flatMap((s) => [
            new Paragraph({
              ...BODY_PARAGRAPH,
              children: [new TextRun({ text: s.heading, font: HEADING_FONT })],
            }),
            ...s.paragraphs.map(body),
            ...s.tables.flatMap(table),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
