/*
 * Word documents set like a 公文 (GB/T 9704): A4 with its margins, the title in 小标宋 二号 (22 pt)
 * bold and centred, the text in 仿宋 三号 (16 pt) on a fixed 28 pt line, paragraphs indented two
 * characters. Word has no font fallback list: the title names 方正小标宋 for Chinese and 宋体 for
 * the rest, and a computer without 方正小标宋 substitutes its Chinese serif font (宋体 on Chinese
 * Windows). Used by the request letters and the annual report.
 */
import {
  AlignmentType,
  convertMillimetersToTwip,
  LineRuleType,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
} from 'docx';

export const TITLE_FONT = { eastAsia: '方正小标宋简体', ascii: '宋体', hAnsi: '宋体', cs: '宋体' };
export const BODY_FONT = { eastAsia: '仿宋', ascii: '仿宋', hAnsi: '仿宋', cs: '仿宋' };
/** Font sizes in half-points. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
/** One character of body text, in twips (16 pt). */
export const CHAR = 320;
/** 210 × 297 mm in twips, exactly (converting millimetres rounds a twip off). */
const A4 = { width: 11906, height: 16838 };
export const LINE = 560;

export const OFFICIAL_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: BODY_FONT, size: BODY_SIZE },
      paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
    },
  },
};

export const OFFICIAL_PAGE: ISectionPropertiesOptions = {
  page: {
    size: A4,
    margin: {
      top: convertMillimetersToTwip(37),
      bottom: convertMillimetersToTwip(35),
      left: convertMillimetersToTwip(28),
      right: convertMillimetersToTwip(26),
    },
  },
};

/** Body text: justified, the first line indented two characters (Word reads the characters, others the twips). */
export const BODY_PARAGRAPH: IParagraphOptions = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLineChars: 200, firstLine: 2 * CHAR },
};

/** The centred title, with a blank line's space below it (22 pt needs more than the body's line). */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE },
    children: [new TextRun({ text, bold: true, font: TITLE_FONT, size: TITLE_SIZE })],
  });
}
