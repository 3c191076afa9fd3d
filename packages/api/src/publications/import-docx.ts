import mammoth from 'mammoth';
import { htmlToText, normalizeDocNumber, parseDocNumber } from '@gongkai/domain';
import { sanitizeBody } from './html.js';

export interface ImportedDocument {
  title: string;
  docNumber: string;
  bodyHtml: string;
}

/** Paragraphs near the top where a 文号 is looked for. */
const DOC_NUMBER_SEARCH_BLOCKS = 6;
/** Candidate 文号 inside a line: 机关代字 + year in any bracket + number + 号. */
const DOC_NUMBER_IN_TEXT =
  /[\p{Script=Han}A-Za-z]{1,20}\s*[[(（【〔［﹝]\s*[0-9０-９]{4}\s*[\])）】〕］﹞]\s*第?\s*[0-9０-９]+\s*号/u;

interface Block {
  html: string;
  text: string;
  heading: boolean;
}

/** Top-level blocks of mammoth's output (its paragraphs and headings never nest). */
function blocks(html: string): Block[] {
  const out: Block[] = [];
  const re = /<(p|h[1-6])\b[^>]*>[\s\S]*?<\/\1>|<(table|ul|ol)\b[^>]*>[\s\S]*?<\/\2>/g;
  for (const m of html.matchAll(re)) {
    out.push({ html: m[0], text: htmlToText(m[0]).trim(), heading: /^h[1-6]$/.test(m[1] ?? '') });
  }
  return out;
}

function findDocNumber(text: string): string | null {
  const m = DOC_NUMBER_IN_TEXT.exec(text);
  if (!m) return null;
  const normalized = normalizeDocNumber(m[0]);
  return parseDocNumber(normalized) ? normalized : null;
}

/**
 * Title, 文号 and body of a Word document: the title is the first heading (else the first
 * non-empty paragraph), the 文号 the first one found in the opening paragraphs, the body the rest.
 * A paragraph that is only the 文号 is dropped from the body; images are not imported.
 */
export async function importDocx(bytes: Uint8Array): Promise<ImportedDocument> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const all = blocks(html);
  const titleBlock = all.find((b) => b.heading && b.text !== '') ?? all.find((b) => b.text !== '');
  let docNumber = '';
  let docNumberBlock: Block | undefined;
  for (const b of all.slice(0, DOC_NUMBER_SEARCH_BLOCKS)) {
    const found = findDocNumber(b.text);
    if (found) {
      docNumber = found;
      if (normalizeDocNumber(b.text) === found) docNumberBlock = b;
      break;
    }
  }
  const body = all
    .filter((b) => b !== titleBlock && b !== docNumberBlock)
    .map((b) => b.html)
    .join('\n');
  return {
    title: (titleBlock?.text ?? '').replace(/\s+/g, ' ').slice(0, 200),
    docNumber,
    bodyHtml: sanitizeBody(body),
  };
}
