// Real Word documents made in the test with the `docx` package, for the import journey.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface WordContent {
  /** The first heading: the importer takes it as the title. */
  title: string;
  /** A paragraph of its own under the title, e.g. 棉府〔2026〕8号. */
  docNumber?: string;
  paragraphs: string[];
}

export async function makeDocx(content: WordContent): Promise<Buffer> {
  const doc = new Document({
    creator: 'gongkai e2e',
    sections: [
      {
        children: [
          new Paragraph({ text: content.title, heading: HeadingLevel.HEADING_1 }),
          ...(content.docNumber ? [new Paragraph({ text: content.docNumber })] : []),
          ...content.paragraphs.map((text) => new Paragraph({ text })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
