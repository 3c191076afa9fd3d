/**
 * The parts of a draft a comment can target. Kept simple on purpose: the body's top-level blocks
 * are cut before every heading and before every top-level paragraph opening with 第…章 / 第…节 / 第…条 or a
 * top-level Chinese numeral (一、二、…). What precedes the first cut is section 0 (前言). A body
 * without any of these has no sections: comments then concern the whole draft.
 */
import { htmlToText } from '@gongkai/domain';

export interface Section {
  no: number;
  title: string;
  html: string;
}

const PREAMBLE_TITLE = '前言';
const TITLE_LENGTH = 40;
const ARTICLE = /^第[一二三四五六七八九十百千零〇两\d]+[章节条]/;
const NUMBERED = /^[一二三四五六七八九十]+、/;
const VOID = new Set(['br', 'hr', 'img', 'col', 'wbr']);

/** Top-level elements of the fragment (text between them joins the element before). */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(tag)) {
    const [, closing, name, selfClosing] = m as unknown as [string, string, string, string];
    if (VOID.has(name.toLowerCase()) || selfClosing) continue;
    if (closing) {
      depth = Math.max(depth - 1, 0);
      if (depth === 0) {
        blocks.push(html.slice(start, m.index + m[0].length));
        start = m.index + m[0].length;
      }
    } else {
      if (depth === 0 && html.slice(start, m.index).trim() !== '') {
        blocks.push(html.slice(start, m.index));
        start = m.index;
      }
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  if (html.slice(start).trim() !== '') blocks.push(html.slice(start));
  return blocks;
}

/** The section title when the block opens a section: a heading, or a paragraph opening with a number. */
function startsSection(block: string): string | null {
  const text = htmlToText(block).trim();
  if (text === '') return null;
  const heading = /^\s*<h[1-6]\b/i.test(block);
  if (heading || (/^\s*<p\b/i.test(block) && (ARTICLE.test(text) || NUMBERED.test(text)))) {
    const chars = [...text.replace(/\s+/g, ' ')];
    return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH).join('')}…` : chars.join('');
  }
  return null;
}

export function splitSections(html: string): Section[] {
  const sections: Section[] = [];
  let preamble = '';
  for (const block of topLevelBlocks(html)) {
    const title = startsSection(block);
    const current = sections.at(-1);
    if (title !== null) sections.push({ no: sections.length + 1, title, html: block });
    else if (current) current.html += block;
    else preamble += block;
  }
  if (sections.length === 0) return [];
  return htmlToText(preamble).trim() === ''
    ? sections
    : [{ no: 0, title: PREAMBLE_TITLE, html: preamble }, ...sections];
}
