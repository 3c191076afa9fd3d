import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

/** A small Word document: a heading, a 文号 line and body paragraphs. */
export async function sampleDocx(
  title = '关于做好2026年春耕生产工作的通知',
  docNumber = '棉府办发（2026）007号',
): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: docNumber }),
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '各村委会、镇直各单位：' }),
          new Paragraph({ text: '现将春耕生产有关事项通知如下。联系人手机13800138000。' }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
