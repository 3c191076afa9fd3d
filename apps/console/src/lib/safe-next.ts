/**
 * The page to return to after signing in: only a path on this console, never another origin
 * (`//evil.example`, `https://…`, `/\evil`), and never back to the login page itself.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}
