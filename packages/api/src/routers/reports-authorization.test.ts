import { organizationsRepo } from '@gongkai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, type UserKey } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

type Caller = ReturnType<Fixture['caller']>;
interface Records {
  reportId: number;
  jobId: number;
}

/** Every `reports` procedure, called with plausible input for organization A's report. */
const ACTIONS: Record<string, (c: Caller, r: Records) => Promise<unknown>> = {
  list: (c) => c.reports.list(),
  generate: (c) => c.reports.generate({ year: 2024 }),
  job: (c, r) => c.reports.job({ jobId: r.jobId }),
  get: (c, r) => c.reports.get({ id: r.reportId }),
  saveNarrative: (c, r) => c.reports.saveNarrative({ id: r.reportId, narrative: { problems: '改写' } }),
  saveManual: (c, r) =>
    c.reports.saveManual({ id: r.reportId, values: { 't2.fees.amount': { value: '1.5', note: '财政所' } } }),
  diff: (c, r) => c.reports.diff({ id: r.reportId, from: 1, to: 1 }),
  trace: (c, r) => c.reports.trace({ id: r.reportId, key: 't3.received.自然人', page: 1 }),
  publish: (c, r) => c.reports.publish({ id: r.reportId, changeNote: '' }),
  docx: (c, r) => c.reports.docx({ id: r.reportId }),
};
/** Procedures on one report or job of A: B's staff must not learn that it exists. */
const ON_RECORD = ['job', 'get', 'saveNarrative', 'saveManual', 'diff', 'trace', 'publish', 'docx'];
const NOT_EDITORS: UserKey[] = [
  'a.editor',
  'a.reviewer',
  'a.publisher',
  'a.requests',
  'a.interaction',
  'sys',
  'security',
  'auditor',
];

describe.each(testDialects())('reports and statistics check role and organization on $name', (dialect) => {
  let f: Fixture;
  let r: Records;
  beforeAll(async () => {
    f = await createFixture(await dialect.open(), '2026-01-14T02:00:00.000Z');
    const head = f.caller('a.head').reports;
    const { jobId } = await head.generate({ year: 2025 });
    let job = await head.job({ jobId });
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await head.job({ jobId });
    }
    r = { reportId: job.reportId!, jobId };
  });
  afterAll(async () => {
    await f.destroy();
  });

  it.each(Object.keys(ACTIONS))(
    'reports.%s: other roles are refused, other organizations see nothing',
    async (name) => {
      const call = ACTIONS[name]!;
      const refused = name === 'publish' ? [...NOT_EDITORS, 'a.admin' as const] : NOT_EDITORS;
      for (const user of refused) {
        await expect(call(f.caller(user), r), `${name} as ${user}`).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      await expect(call(f.caller(), r), `${name} signed out`).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      if (ON_RECORD.includes(name)) {
        await expect(call(f.caller('b.head'), r), `${name} from B`).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
    },
  );

  it('lists and changes nothing of A for B, nor anything at all on a refusal', async () => {
    expect((await f.caller('b.head').reports.list()).items).toEqual([]);
    const report = await f.caller('a.head').reports.get({ id: r.reportId });
    expect(report).toMatchObject({ version: 1, currentVersion: 1, status: 'draft', manual: {} });
    expect(report.narrative.problems).toBe('');
    const audit = await f.db.db.selectFrom('audit_log').select('action').where('action', 'like', 'report.%').execute();
    expect(audit.map((a) => a.action)).toEqual(['report.generate']);
  });

  it('stats.overview: content roles of the organization and the ones under it only', async () => {
    const at = f.now().toISOString();
    const office = await organizationsRepo.insert(f.db.db, {
      slug: 'mianyang-czs',
      name: '棉洋镇财政所',
      short_name: '财政所',
      kind: '机关',
      code: '000014351',
      parent_id: f.a.id,
      is_primary: 0,
      office_name: '',
      address: '',
      office_hours: '',
      phone: '',
      fax: '',
      email: '',
      hotline: '',
      postcode: '',
      guide_text: '',
      index_pattern: '{code}/{year}-{seq}',
      created_at: at,
      updated_at: at,
    });
    const period = { from: '2025-01-01', to: '2025-12-31' };
    for (const user of ['a.editor', 'a.requests', 'a.interaction', 'a.head', 'a.admin'] as const) {
      const stats = await f.caller(user).stats.overview({ ...period, organizationId: office });
      expect(
        stats.organizations.map((o) => o.name),
        user,
      ).toEqual(['棉洋镇人民政府', '棉洋镇财政所']);
      expect(stats.organizationId).toBe(office);
    }
    for (const user of ['sys', 'security', 'auditor'] as const) {
      await expect(f.caller(user).stats.overview(period), user).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(f.caller().stats.overview(period)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    for (const organizationId of [f.a.id, office]) {
      await expect(f.caller('b.editor').stats.overview({ ...period, organizationId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    // A child organization sees itself only, not its parent.
    expect((await f.caller('b.editor').stats.overview(period)).organizations).toEqual([
      { id: f.b.id, name: '华城镇人民政府' },
    ]);
  });

  it('publicReports: the internal token is required', async () => {
    const outsider = f.caller(undefined, { 'x-internal-token': 'wrong' }).publicReports;
    await expect(outsider.list({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(outsider.get({ organization: 'mianyang', year: 2025 })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(outsider.stats({ organization: 'mianyang' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
