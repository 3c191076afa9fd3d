// Real Word documents: made in the test with the `docx` package (for the import journey), and read
// back out of the archive (the letters and reports users download).
import { inflateRawSync } from 'node:zlib';
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

/** A file out of a zip archive (a .docx is one), by its central directory. */
export function zipEntry(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${name} is not in the archive`);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The paragraphs of a Word document as plain text, in order. */
export function docxParagraphs(docx: Buffer): string[] {
  const xml = zipEntry(docx, 'word/document.xml').toString('utf8');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map(([, text]) => text!.replace(/&(\w+);/g, (entity, name: string) => XML_ENTITIES[name] ?? entity))
      .join(''),
  );
}

/** The tables of a Word document: each a list of rows, each row the texts of its cells. */
export function docxTables(docx: Buffer): string[][][] {
  const xml = zipEntry(docx, 'word/document.xml').toString('utf8');
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map(([, t]) => t!.replace(/&(\w+);/g, (entity, name: string) => XML_ENTITIES[name] ?? entity))
      .join('');
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
    [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => text(cell)),
    ),
  );
}
