import { hashPassword, seedDemoRequests, type ApiDeps } from '@gongkai/api';
import { seedDemo, type Db } from '@gongkai/db';
import { isRole, ROLE_LABELS } from '@gongkai/domain';

export type DemoAccount = Awaited<ReturnType<typeof seedDemo>>['accounts'][number];

export async function isEmptyDatabase(db: Db): Promise<boolean> {
  return (await db.db.selectFrom('organizations').select('id').limit(1).executeTakeFirst()) === undefined;
}

/**
 * Seeds the demo deployment into an empty database (seedDemo checks inside its transaction, so
 * two processes starting together seed once). Returns the accounts table to print, or null when
 * the database already had data.
 */
export async function seedDemoIfEmpty(
  deps: Pick<ApiDeps, 'db' | 'files' | 'segmenter' | 'clock' | 'dataKey'>,
): Promise<string | null> {
  const { seeded, accounts } = await seedDemo(deps.db, {
    files: deps.files,
    segmenter: deps.segmenter,
    now: deps.clock(),
    hashPassword,
  });
  if (seeded) await seedDemoRequests(deps);
  return seeded ? formatAccounts(accounts, await organizationNames(deps.db)) : null;
}

async function organizationNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.db.selectFrom('organizations').select(['slug', 'name']).execute();
  return new Map(rows.map((r) => [r.slug, r.name]));
}

/** CJK characters take two terminal columns. */
const displayWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);

/** The demo accounts as a plain-text table for the terminal (roles in Chinese, as the UI shows them). */
export function formatAccounts(accounts: readonly DemoAccount[], orgNames: ReadonlyMap<string, string>): string {
  const header = ['username', 'password', 'roles', 'organization'];
  const rows = accounts.map((a) => [
    a.username,
    a.password,
    a.roles.map((r) => (isRole(r) ? ROLE_LABELS[r] : r)).join('、'),
    a.organization === null ? '（全平台）' : (orgNames.get(a.organization) ?? a.organization),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - displayWidth(c)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
