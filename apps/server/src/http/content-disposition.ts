/**
 * `Content-Disposition` carrying the original (usually Chinese) file name: browsers use
 * `filename*` (RFC 6266 / RFC 5987), old clients the ASCII `filename` fallback.
 */
export function contentDisposition(type: 'attachment' | 'inline', fileName: string): string {
  return `${type}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Keeps the ASCII part of the name (and always the extension); quotes and controls are dropped. */
export function asciiFallback(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot + 1)] : [fileName, ''];
  const clean = (s: string) =>
    s
      .replace(/[^\x20-\x7e]+/g, '_')
      .replace(/["\\/;%]/g, '_')
      .replace(/_+/g, '_')
      .replace(/^[_\s.]+|[_\s.]+$/g, '');
  const asciiStem = clean(stem) || 'download';
  const asciiExt = clean(ext);
  return asciiExt ? `${asciiStem}.${asciiExt}` : asciiStem;
}

export const encodeRfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
