import { DEFAULT_CATEGORIES, DEFAULT_COLUMNS, DEFAULT_INDEX_PATTERN, type Role, type Segmenter } from '@gongkai/domain';
import type { Db } from '../connect.js';
import type { FileStorage } from '../files/file-storage.js';
import type { SearchDb } from '../search/search-index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import type { OrgContext } from './context.js';
import { seedFoundingReport } from './founding-report.js';
import { CATEGORY_CHILDREN, DEMO_ORGANIZATIONS } from './organizations.js';
import { seedRecent, seedWorkInProgress, type Slot } from './recent.js';
import { seedYear2015 } from './year-2015.js';

export interface SeedDemoOptions {
  files: FileStorage;
  segmenter: Segmenter;
  now: Date;
  hashPassword: (password: string) => string | Promise<string>;
}

export interface SeedDemoResult {
  /** False when the database already had organizations and nothing was written. */
  seeded: boolean;
  /** The demo staff accounts, to print (listed even when the data was already there). */
  accounts: { username: string; password: string; roles: Role[]; organization: string | null }[];
}

/** Current-year items of 棉洋镇: every column, two PDF attachments, one 规范性文件 with its 政策解读. */
const PRIMARY_RECENT: Slot[] = [
  ...Array.from({ length: 8 }, (): Slot => ({ kind: 'news', column: 'zwdt' })),
  ...Array.from({ length: 6 }, (): Slot => ({ kind: 'news', column: 'zcxx' })),
  ...Array.from({ length: 5 }, (): Slot => ({ kind: 'news', column: 'bmdt' })),
  ...Array.from({ length: 4 }, (): Slot => ({ kind: 'news', column: 'gsgg' })),
  { kind: 'normative' },
  { kind: 'catalogue', category: '年度工作要点', columns: ['gzyd'] },
  { kind: 'catalogue', category: '计划总结类信息', attachment: true },
  { kind: 'catalogue', category: '概况信息' },
  { kind: 'catalogue', category: '公共告示类信息' },
  { kind: 'catalogue', category: '其它类信息' },
];
const OTHER_RECENT: Slot[] = [
  { kind: 'news', column: 'zwdt' },
  { kind: 'news', column: 'zwdt' },
  { kind: 'news', column: 'bmdt' },
  { kind: 'news', column: 'gsgg' },
  { kind: 'catalogue', category: '机构职能信息' },
  { kind: 'catalogue', category: '公共告示类信息' },
];

/**
 * Seeds the demo deployment (organizations, catalogue, columns, staff, the 2015 volumes behind the
 * founding report, the report itself, and current-year items). Does nothing when organizations
 * already exist, so it is safe to call on every demo start.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const accounts = DEMO_ACCOUNTS.map((a) => ({
    username: a.username,
    password: DEMO_PASSWORD,
    roles: a.roles,
    organization: a.organization,
  }));
  if (await db.db.selectFrom('organizations').select('id').limit(1).executeTakeFirst())
    return { seeded: false, accounts };

  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => options.hashPassword(DEMO_PASSWORD)));
  const seeded = await db.db.transaction().execute(async (trx) => {
    const t: SearchDb = { db: trx, dialect: db.dialect };
    // Checked again inside the write transaction: two processes starting together seed once.
    if (await trx.selectFrom('organizations').select('id').limit(1).executeTakeFirst()) return false;
    const nowIso = options.now.toISOString();
    const contexts = new Map<string, OrgContext>();
    for (const [i, o] of DEMO_ORGANIZATIONS.entries()) {
      const parent = o.parentSlug ? contexts.get(o.parentSlug)!.org.id : null;
      const { id } = await trx
        .insertInto('organizations')
        .values({
          slug: o.slug,
          name: o.name,
          short_name: o.shortName,
          kind: o.kind,
          code: o.code,
          parent_id: parent,
          is_primary: o.isPrimary ? 1 : 0,
          sort_order: i,
          office_name: o.officeName,
          address: o.address,
          office_hours: o.officeHours,
          phone: o.phone,
          fax: o.fax,
          email: o.email,
          hotline: o.hotline,
          postcode: o.postcode,
          guide_text: o.guideText,
          index_pattern: DEFAULT_INDEX_PATTERN,
          created_at: nowIso,
          updated_at: nowIso,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const ctx: OrgContext = {
        db: t,
        segmenter: options.segmenter,
        org: { id, slug: o.slug, name: o.name, code: o.code, index_pattern: DEFAULT_INDEX_PATTERN },
        staff: { authorId: 0, reviewerId: null, publisherId: null },
        categories: new Map(),
        columns: new Map(),
      };
      for (const [sort, name] of DEFAULT_CATEGORIES.entries()) {
        const cat = await trx
          .insertInto('categories')
          .values({ organization_id: id, parent_id: null, name, sort_order: sort, created_at: nowIso })
          .returning('id')
          .executeTakeFirstOrThrow();
        ctx.categories.set(name, cat.id);
        for (const [childSort, child] of (CATEGORY_CHILDREN[name] ?? []).entries()) {
          const c = await trx
            .insertInto('categories')
            .values({ organization_id: id, parent_id: cat.id, name: child, sort_order: childSort, created_at: nowIso })
            .returning('id')
            .executeTakeFirstOrThrow();
          ctx.categories.set(child, c.id);
        }
      }
      for (const [sort, column] of DEFAULT_COLUMNS.entries()) {
        const col = await trx
          .insertInto('site_columns')
          .values({
            organization_id: id,
            slug: column.slug,
            name: column.name,
            description: '',
            sort_order: sort,
            created_at: nowIso,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        ctx.columns.set(column.slug, col.id);
      }
      contexts.set(o.slug, ctx);
    }

    const userIds = new Map<string, number>();
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      const { id } = await trx
        .insertInto('users')
        .values({
          organization_id: a.organization ? contexts.get(a.organization)!.org.id : null,
          username: a.username,
          display_name: a.displayName,
          password_hash: hashes[i]!,
          roles: JSON.stringify(a.roles),
          failed_logins: 0,
          locked_until: null,
          disabled: 0,
          must_change_password: 0,
          password_changed_at: nowIso,
          created_at: nowIso,
          updated_at: nowIso,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds.set(a.username, id);
    }

    const town = contexts.get('mianyang')!;
    town.staff = {
      authorId: userIds.get('editor')!,
      reviewerId: userIds.get('reviewer')!,
      publisherId: userIds.get('publisher')!,
    };
    const neighbour = contexts.get('huacheng')!;
    // 华城镇 has only an editor among the demo accounts; its items show no reviewer or publisher.
    neighbour.staff = { authorId: userIds.get('hc_editor')!, reviewerId: null, publisherId: null };
    const office = contexts.get('mianyang-nnb')!;
    // The office publishes through the town's staff.
    office.staff = town.staff;

    await seedYear2015(town);
    await seedFoundingReport(town);
    await seedRecent(town, {
      now: options.now,
      files: options.files,
      issuingBody: town.org.name,
      slots: PRIMARY_RECENT,
      seed: 1,
    });
    await seedRecent(neighbour, {
      now: options.now,
      files: options.files,
      issuingBody: neighbour.org.name,
      slots: OTHER_RECENT,
      seed: 2,
    });
    await seedRecent(office, {
      now: options.now,
      files: options.files,
      issuingBody: office.org.name,
      slots: OTHER_RECENT.slice(2),
      seed: 3,
    });
    await seedWorkInProgress(town, options.now);
    return true;
  });
  return { seeded, accounts };
}
