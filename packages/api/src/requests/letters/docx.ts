import { AlignmentType, Document, Packer, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import {
  BODY_PARAGRAPH,
  CHAR,
  LINE,
  OFFICIAL_PAGE,
  OFFICIAL_STYLES,
  titleParagraph,
} from '../../word/official-style.js';
import { fillTemplate } from './fill.js';
import { LETTER_KIND_LABELS, type LetterKind, type LetterValues } from './kinds.js';
import { letterParagraphs, type ParagraphRole } from './layout.js';

/** Letters are set like a 公文 (word/official-style.ts), the signature and date on the right. */
const PARAGRAPH: Record<ParagraphRole, IParagraphOptions> = {
  salutation: { alignment: AlignmentType.JUSTIFIED },
  body: BODY_PARAGRAPH,
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
    styles: OFFICIAL_STYLES,
    sections: [
      {
        properties: OFFICIAL_PAGE,
        children: [
          titleParagraph(heading),
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
