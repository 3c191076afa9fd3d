import { sql, type RawBuilder } from 'kysely';

/** A LIKE pattern matching `text` anywhere, its wildcards escaped (both dialects honour `escape`). */
export function containing(text: string): RawBuilder<string> {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<string>`${like} escape '\\'`;
}
