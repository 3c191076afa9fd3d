import { fillTemplate } from './fill.js';
import type { LetterValues } from './kinds.js';

/** How a paragraph of a letter is set: 称谓 flush left, body indented, 落款 on the right. */
export type ParagraphRole = 'salutation' | 'body' | 'signature';

export interface LetterParagraph {
  role: ParagraphRole;
  text: string;
}

const LINE_BREAK = /\r\n?|\n/;

/** Spaces (full-width ones too) a person may type to indent: the layout indents by itself. */
const trimLine = (line: string) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

/** Groups of non-blank lines, split at blank lines. */
function blocks(text: string): string[][] {
  const out: string[][] = [[]];
  for (const line of text.split(LINE_BREAK).map(trimLine)) {
    if (line !== '') out.at(-1)!.push(line);
    else if (out.at(-1)!.length > 0) out.push([]);
  }
  return out.filter((b) => b.length > 0);
}

/**
 * The paragraphs of a template body, filled. Roles come from the template as written, before
 * filling, so a value can never move the signature or turn into a salutation:
 * - the first line, when it ends with a colon, is the salutation (`{{申请人}}：`);
 * - the last block (the lines after the last blank line) is the signature, when there are several;
 * - every other line is a body paragraph. Blank lines only separate blocks.
 * A value with line breaks becomes several paragraphs of its line's role; a line that fills to
 * nothing (an empty value on a line of its own) is left out.
 */
export function letterParagraphs(body: string, values: LetterValues): LetterParagraph[] {
  const all = blocks(body);
  const roles = all.flatMap((block, b) =>
    block.map((line, i): [ParagraphRole, string] => {
      if (b > 0 && b === all.length - 1) return ['signature', line];
      if (b === 0 && i === 0 && /[：:]$/.test(line)) return ['salutation', line];
      return ['body', line];
    }),
  );
  return roles.flatMap(([role, line]) =>
    fillTemplate(line, values)
      .split(LINE_BREAK)
      .map(trimLine)
      .filter((text) => text !== '')
      .map((text) => ({ role, text })),
  );
}
