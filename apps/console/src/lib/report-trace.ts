/**
 * Links from a number of the annual report to the records behind it: the report page with
 * `?trace=<key>` lists them in its 数字对应的记录 panel, for the version on screen (an older version
 * traces its own figures).
 */
export function traceHref(version: number, key: string): string {
  return `?version=${version}&trace=${encodeURIComponent(key)}#trace`;
}

/** The preview HTML links numbers to "?trace=<key>" (the API does not know the page's version). */
export function traceLinks(html: string, version: number): string {
  return html.replace(/href="\?trace=([^"#&]*)"/g, `href="?version=${version}&amp;trace=$1#trace"`);
}
