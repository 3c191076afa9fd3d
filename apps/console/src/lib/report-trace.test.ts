import { describe, expect, it } from 'vitest';
import { traceHref, traceLinks } from './report-trace';

describe('traceHref', () => {
  it('links a figure of a version to its record list', () => {
    expect(traceHref(3, 'ov.column.政务动态')).toBe(
      '?version=3&trace=ov.column.%E6%94%BF%E5%8A%A1%E5%8A%A8%E6%80%81#trace',
    );
  });
});

describe('traceLinks', () => {
  it('keeps the version on screen and jumps to the record list', () => {
    const html = '<td><a href="?trace=t3.received.total">3</a></td><td><a href="?trace=ov.x%3Ay">5</a></td>';
    expect(traceLinks(html, 2)).toBe(
      '<td><a href="?version=2&amp;trace=t3.received.total#trace">3</a></td>' +
        '<td><a href="?version=2&amp;trace=ov.x%3Ay#trace">5</a></td>',
    );
  });

  it('leaves other links alone', () => {
    const html = '<a href="/files/3">附件</a>';
    expect(traceLinks(html, 1)).toBe(html);
  });
});
