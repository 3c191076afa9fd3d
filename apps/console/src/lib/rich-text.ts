/**
 * Browsers' editing commands write `<b>` and `<i>`; the API's sanitizer keeps the semantic
 * `<strong>` and `<em>` only, so the editor hands it those.
 */
export function semanticTags(html: string): string {
  return html.replace(/<(\/?)b(?=[\s>])/gi, '<$1strong').replace(/<(\/?)i(?=[\s>])/gi, '<$1em');
}
