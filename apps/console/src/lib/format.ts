/** File sizes as officials read them: 312 KB, 4.2 MB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The URL a body uses for an image attachment (served by both the console and the site). */
export function imageSrc(fileId: number): string {
  return `/files/${fileId}?inline=1`;
}
