import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import { fillTemplate } from './fill.js';
import { LETTER_KIND_LABELS, type LetterKind, type LetterValues } from './kinds.js';
import { letterParagraphs, type ParagraphRole } from './layout.js';

/*
 * Set like a 公文 (GB/T 9704): A4 with its margins, the title in 小标宋 二号 (22 pt) bold and
 * centred, the text in 仿宋 三号 (16 pt) on a fixed 28 pt line, paragraphs indented two characters,
 * the signature and date on the right. Word has no font fallback list: the title names 方正小标宋
 * for Chinese and 宋体 for the rest, and a computer without 方正小标宋 substitutes its Chinese serif
 * font (宋体 on Chinese Windows).
 */
const TITLE_FONT = { eastAsia: '方正小标宋简体', ascii: '宋体', hAnsi: '宋体', cs: '宋体' };
const BODY_FONT = { eastAsia: '仿宋', ascii: '仿宋', hAnsi: '仿宋', cs: '仿宋' };
/** Font sizes in half-points. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
/** One character of body text, in twips (16 pt). */
const CHAR = 320;
/** 210 × 297 mm in twips, exactly (converting millimetres rounds a twip off). */
const A4 = { width: 11906, height: 16838 };
const LINE = 560;

const PARAGRAPH: Record<ParagraphRole, IParagraphOptions> = {
  salutation: { alignment: AlignmentType.JUSTIFIED },
  // Both measures: Word uses the character count, other programs the twips.
  body: { alignment: AlignmentType.JUSTIFIED, indent: { firstLineChars: 200, firstLine: 2 * CHAR } },
  signature: { alignment: AlignmentType.RIGHT, indent: { right: 2 * CHAR } },
};

export interface LetterInput {
  kind: LetterKind;
  /** The template's title and body, placeholders not yet filled. */
  title: string;
  body: string;
  values: LetterValues;
}

/** The letter as a Word document (.docx bytes). Values are plain text, never markup. */
export async function renderLetter({ kind, title, body, values }: LetterInput): Promise<Uint8Array> {
  const heading = fillTemplate(title, values);
  const paragraphs = letterParagraphs(body, values);
  const firstSignature = paragraphs.findIndex((p) => p.role === 'signature');
  const doc = new Document({
    title: heading,
    subject: LETTER_KIND_LABELS[kind],
    creator: values.机关名称 ?? '',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: BODY_SIZE },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            // The 22 pt title needs more than the body's fixed line; a blank line's space below it.
            spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE },
            children: [new TextRun({ text: heading, bold: true, font: TITLE_FONT, size: TITLE_SIZE })],
          }),
          ...paragraphs.map(
            (p, i) =>
              new Paragraph({
                ...PARAGRAPH[p.role],
                // The signature stands two lines below the text.
                ...(i === firstSignature ? { spacing: { before: 2 * LINE } } : {}),
                children: [new TextRun({ text: p.text })],
              }),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
