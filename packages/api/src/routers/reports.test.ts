import JSZip from 'jszip';
import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportsRepo, type RequestCaseTable } from '@gongkai/db';
import { createFixture, type Fixture, type UserKey } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';

describe.each(testDialects())('annual reports on $name', (dialect) => {
  let f: Fixture;
  let seq = 0;
  beforeAll(async () => {
    // Wednesday 2026-01-14, 10:00 in Shanghai: the 2025 report is due.
    f = await createFixture(await dialect.open(), '2026-01-14T02:00:00.000Z');
  });
  afterAll(async () => {
    await f.destroy();
  });

  /** A request case of organization A, received and (optionally) closed with an outcome. */
  async function addCase(category: string, received: string, closed: string | null, outcome: string | null) {
    seq += 1;
    const row: Insertable<RequestCaseTable> = {
      organization_id: f.a.id,
      tracking_no: `SQ-TEST-${seq}`,
      access_code_hash: 'x',
      channel: 'letter',
      submitted_at: `${received}T02:00:00.000Z`,
      received_on: received,
      state: closed ? 'closed' : 'running',
      deadline: null,
      applicant_kind: category === '自然人' ? 'person' : 'organization',
      applicant_category: category,
      applicant_display: `申请人${seq}`,
      applicant_sealed: 'SEALED',
      applicant_hash: `h${seq}`,
      description: '',
      delivery_form: 'electronic',
      delivery_channel: 'email',
      assignee_id: null,
      fee_method: null,
      fee_amount: null,
      fee_status: null,
      outcome_code: outcome,
      closed_on: closed,
      created_by: null,
      created_at: `${received}T02:00:00.000Z`,
      updated_at: `${received}T02:00:00.000Z`,
    };
    await f.db.db.insertInto('request_cases').values(row).execute();
  }

  async function generate(user: UserKey, year: number) {
    const api = f.caller(user).reports;
    const { jobId } = await api.generate({ year });
    for (;;) {
      const job = await api.job({ jobId });
      if (job.state !== 'running') return job;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const MANUAL = {
    't2.licensing.decisions': { value: '12', note: '镇便民服务中心统计' },
    't2.penalty.decisions': { value: '3', note: '镇综合执法办统计' },
    't2.enforcement.decisions': { value: '0', note: '镇综合执法办统计' },
    't2.fees.amount': { value: '0', note: '本年无行政事业性收费' },
  };

  it('generates, checks, publishes, corrects and amends a 2021-format report', async () => {
    await addCase('自然人', '2025-03-03', '2025-03-20', '1');
    await addCase('商业企业', '2025-11-03', '2025-11-28', '4.1');
    await addCase('自然人', '2025-12-22', null, null);
    const head = f.caller('a.head').reports;

    await expect(f.caller('a.head').publicReports.get({ organization: 'mianyang', year: 2025 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const job = await generate('a.head', 2025);
    expect(job).toMatchObject({ state: 'done', version: 1, step: job.steps });
    const id = job.reportId!;

    let report = await head.get({ id });
    expect(report).toMatchObject({ year: 2025, format: '2021', version: 1, editable: true, status: 'draft' });
    const cell = (key: string) =>
      report.document.sections
        .flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)))
        .find((c) => c.key === key)?.value;
    expect(cell('t3.received.自然人')).toBe(2);
    expect(cell('t3.received.total')).toBe(3);
    expect(cell('t3.closed.total')).toBe(2);
    expect(cell('t3.carriedForward.total')).toBe(1);
    expect(report.html).toContain('rowspan="3"');
    expect(report.html).toContain(`href="?trace=${encodeURIComponent('t3.received.自然人')}"`);
    // Staff figures and section 五 are missing: publication is blocked.
    expect(report.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['manual', 'narrative']));
    await expect(head.publish({ id, changeNote: '' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });

    // A number typed into the narrative instead of a placeholder is a problem too.
    await head.saveNarrative({
      id,
      narrative: {
        overview: `${report.narrative.overview}\n本年共收到申请5件。`,
        problems: '信息公开的及时性有待提高，下一年度将加强督促检查。',
      },
    });
    expect(
      await head
        .saveManual({ id, values: { 't2.licensing.decisions': { value: '十二', note: '' } } })
        .catch((e) => e.code),
    ).toBe('BAD_REQUEST');
    await head.saveManual({ id, values: MANUAL });
    report = await head.get({ id });
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'narrative', message: expect.stringContaining('5件') }),
    ]);
    await expect(head.publish({ id, changeNote: '' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringContaining('发布前检查未通过'),
    });
    await head.saveNarrative({
      id,
      narrative: {
        overview: report.narrative.overview!.replace('本年共收到申请5件。', '本年共收到申请{{新收申请数}}件。'),
      },
    });
    expect((await head.get({ id })).problems).toEqual([]);

    // Only the office head publishes; the item gets its 索引号 and the Word file.
    await expect(f.caller('a.admin').reports.publish({ id, changeNote: '' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const published = await head.publish({ id, changeNote: '' });
    expect(published.indexNo).toMatch(/^000014349\/2026-\d+$/);
    const visitor = f.caller().publicReports;
    const page = await visitor.get({ organization: 'mianyang', year: 2025 });
    expect(page).toMatchObject({ title: '棉洋镇人民政府2025年政府信息公开工作年度报告', version: 1, amendments: [] });
    expect(page.html).not.toContain('?trace=');
    expect(page.html).toContain('本年共收到申请3件。');
    expect(page.docxFileId).not.toBeNull();
    const list = await visitor.list({});
    expect(list.organizations[0]).toMatchObject({
      slug: 'mianyang',
      reports: [expect.objectContaining({ year: 2025 })],
    });
    await expect(head.saveNarrative({ id, narrative: { problems: '改' } })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });

    // A late correction: the records no longer match the published figures.
    await addCase('法律服务机构', '2025-06-02', '2025-06-20', '2');
    report = await head.get({ id });
    expect(report.recordChanges).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 't3.received.法律服务机构', from: '0', to: '1' })]),
    );
    const again = await generate('a.head', 2025);
    expect(again.version).toBe(2);
    const diff = await head.diff({ id, from: 1, to: 2 });
    expect(diff.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 't3.received.total', from: '3', to: '4' })]),
    );
    report = await head.get({ id });
    expect(report).toMatchObject({ version: 2, editable: true, problems: [] });
    await expect(head.publish({ id, changeNote: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await head.publish({ id, changeNote: '补录一件6月收到的申请' });
    const amended = await visitor.get({ organization: 'mianyang', year: 2025 });
    expect(amended).toMatchObject({
      version: 2,
      indexNo: published.indexNo,
      amendments: [expect.objectContaining({ version: 2, changeNote: '补录一件6月收到的申请' })],
    });
    // The same item amended: its next revision carries the note, the body the new figures, one Word file.
    expect(amended.publicationId).toBe(published.publicationId);
    expect(amended.docxFileId).not.toBe(page.docxFileId);
    const revisions = await f.db.db
      .selectFrom('publication_revisions')
      .select(['revision', 'change_note', 'body_html'])
      .where('publication_id', '=', published.publicationId)
      .orderBy('revision')
      .execute();
    expect(revisions.map((r) => [r.revision, r.change_note])).toEqual([
      [1, '首次发布'],
      [2, '补录一件6月收到的申请'],
    ]);
    expect(revisions[1]!.body_html).toContain('本年共收到申请4件。');
    const attachments = await f.db.db
      .selectFrom('attachments')
      .select('file_id')
      .where('publication_id', '=', published.publicationId)
      .execute();
    expect(attachments).toEqual([{ file_id: amended.docxFileId }]);
    const audit = await f.db.db.selectFrom('audit_log').select('action').where('action', 'like', 'report.%').execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'report.generate',
        'report.narrative',
        'report.manual',
        'report.publish',
        'report.amend',
      ]),
    );

    // Each number leads to the records behind it, never to sealed data.
    const trace = await head.trace({ id, key: 't3.received.自然人', page: 1 });
    expect(trace).toMatchObject({ value: 2, total: 2, page: 1, label: expect.stringContaining('自然人') });
    expect(trace.items.map((i) => [i.kind, i.title, i.date]).sort()).toEqual([
      ['request', 'SQ-TEST-1 申请人1', '2025-03-03'],
      ['request', 'SQ-TEST-3 申请人3', '2025-12-22'],
    ]);
    expect(JSON.stringify(trace.items)).not.toContain('SEALED');
    const granted = await head.trace({ id, key: 't3.outcome.1.自然人', page: 1 });
    expect(granted.items.map((i) => i.title)).toEqual(['SQ-TEST-1 申请人1']);
    await expect(head.trace({ id, key: 't2.fees.amount', page: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // The Word file: the four table-二 blocks, table 三 and table 四, with merged cells. Word marks a
    // cell merged down in every row it covers, and a cell merged across in each of those rows.
    const word = await head.docx({ id });
    expect(word).toMatchObject({
      fileName: '棉洋镇人民政府2025年政府信息公开工作年度报告（第2版）.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const xml = await (
      await JSZip.loadAsync(Buffer.from(word.base64, 'base64'))
    )
      .file('word/document.xml')!
      .async('string');
    const count = (pattern: RegExp) => xml.match(pattern)?.length ?? 0;
    const tables = report.document.sections.flatMap((s) => s.tables);
    const merged = tables.flatMap((t) => [...t.head.flat(), ...t.rows.flatMap((row) => row.labels)]);
    const across = merged.filter((c) => (c.colSpan ?? 1) > 1);
    const down = merged.filter((c) => (c.rowSpan ?? 1) > 1);
    expect(count(/<w:tbl>/g)).toBe(6);
    expect(tables).toHaveLength(6);
    expect(count(/<w:gridSpan /g)).toBe(across.reduce((n, c) => n + (c.rowSpan ?? 1), 0));
    expect(count(/<w:vMerge w:val="restart"\/>/g)).toBe(down.length);
    expect(count(/<w:vMerge /g)).toBe(down.reduce((n, c) => n + c.rowSpan!, 0));
    expect(down.length).toBeGreaterThan(0);
    expect(xml).toContain('<w:gridSpan w:val="7"/>');
    for (const text of ['棉洋镇人民政府2025年政府信息公开工作年度报告', '申请人情况', '结转下年度继续办理']) {
      expect(xml, text).toContain(text);
    }
    // The received row of table 三: 自然人 3, the five legal categories, 总计 4.
    const receivedRow = xml.slice(xml.indexOf('一、本年新收政府信息公开申请数量'));
    const values = [...receivedRow.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].slice(0, 7).map((m) => m[1]);
    expect(values).toEqual(['2', '1', '0', '0', '1', '0', '4']);
  });

  it('generates a pre-2019 report as a draft for comparison only', async () => {
    const job = await generate('a.head', 2015);
    const report = await f.caller('a.head').reports.get({ id: job.reportId! });
    expect(report.format).toBe('2007');
    expect(report.problems).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'format' })]));
    await expect(f.caller('a.head').reports.publish({ id: job.reportId!, changeNote: '' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
  });

  it('reports a job not heard from for a minute as interrupted', async () => {
    const at = (secondsAgo: number) => new Date(f.now().getTime() - secondsAgo * 1000).toISOString();
    const job = (updatedAt: string) =>
      reportsRepo.insertJob(f.db.db, {
        organization_id: f.a.id,
        year: 2024,
        state: 'running',
        step: 2,
        steps: 8,
        label: '统计点击量',
        report_id: null,
        version: null,
        error: '',
        started_by: f.users['a.head'].id,
        started_at: at(120),
        updated_at: updatedAt,
      });
    const api = f.caller('a.admin').reports;
    expect(await api.job({ jobId: await job(at(30)) })).toMatchObject({ state: 'running', step: 2, error: '' });
    expect(await api.job({ jobId: await job(at(61)) })).toMatchObject({
      state: 'failed',
      error: '生成中断，请重新生成',
    });
  });

  it('refuses a year that is not over and a period that runs backwards', async () => {
    await expect(f.caller('a.head').reports.generate({ year: 2030 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '不能生成未来年度的报告',
    });
    await expect(f.caller('a.editor').stats.overview({ from: '2025-12-31', to: '2025-01-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('charts a period with the same period a year earlier', async () => {
    const stats = await f.caller('a.editor').stats.overview({ from: '2025-01-01', to: '2025-12-31', compare: true });
    expect(stats.previous).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(stats.charts).toHaveLength(10);
    const applicants = stats.charts.find((c) => c.id === 'requestsByApplicant')!;
    expect(applicants.series.map((s) => s.name)).toEqual(['新收申请', '上年同期']);
    expect(applicants.series[0]!.values[0]).toBe(2);
    expect(stats.responseTimes.closed).toBe(3);
    const pub = await f.caller().publicReports.stats({ organization: 'mianyang', year: 2025 });
    expect(pub.figures.find((x) => x.label === '新收申请数')?.value).toBe(4);
  });
});
