/** A file size as residents read it: 字节 below 1 KB, then KB and MB with one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const KIND_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/zip': 'ZIP',
  'text/plain': '文本',
  'image/jpeg': '图片',
  'image/png': '图片',
  'image/gif': '图片',
};

/** A short name of a file type for download links (users want to know before they click). */
export function fileKind(mime: string): string {
  return KIND_NAMES[mime] ?? '文件';
}
