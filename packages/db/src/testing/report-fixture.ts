import type { Insertable, Kysely } from 'kysely';
import { publicationRow } from '../demo/publication-writer.js';
import type { Database, RequestCaseTable } from '../schema.js';
import { insertTestOrganization, insertTestUser } from './rows.js';

/**
 * One organization's records around 2024 for the report and statistics tests: each row sits just
 * inside or just outside a set (dates at the year's edges, drafts, withdrawn items, cases never
 * received, another organization's records), so the expected figures in the tests are counted by
 * hand from the comments here.
 */
export interface ReportFixture {
  org: number;
  otherOrg: number;
  user: number;
  categories: { overview: number; rules: number; normative: number };
  publications: Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5' | 'p9', number>;
  cases: Record<'r1' | 'r2' | 'r3' | 'r4' | 'r5' | 'r8', number>;
}

const AT = '2024-01-01T00:00:00.000Z';

export async function insertReportFixture(db: Kysely<Database>): Promise<ReportFixture> {
  const org = await insertTestOrganization(db, 'town', AT);
  const otherOrg = await insertTestOrganization(db, 'other', AT);
  const user = await insertTestUser(db, 'head', AT);

  const category = async (organizationId: number, name: string, parentId: number | null, sort: number) =>
    (
      await db
        .insertInto('categories')
        .values({ organization_id: organizationId, parent_id: parentId, name, sort_order: sort, created_at: AT })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const rules = await category(org, '规章制度类信息', null, 2);
  const overview = await category(org, '概况信息', null, 1);
  const normative = await category(org, '规范性文件', rules, 1);
  const otherCategory = await category(otherOrg, '概况信息', null, 1);

  const column = async (organizationId: number, slug: string, sort: number) =>
    (
      await db
        .insertInto('site_columns')
        .values({
          organization_id: organizationId,
          slug,
          name: slug,
          description: '',
          sort_order: sort,
          created_at: AT,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const zwdt = await column(org, 'zwdt', 1);
  const gsgg = await column(org, 'gsgg', 2);
  await column(org, 'ndbg', 3);
  const otherColumn = await column(otherOrg, 'zwdt', 1);

  let seq = 0;
  const publication = async (
    organizationId: number,
    spec: {
      status?: string;
      publishDate: string | null;
      categoryId?: number | null;
      columnIds?: number[];
      docNumber?: string;
      normative?: boolean;
      genre?: string;
      writtenDate?: string | null;
    },
  ) => {
    seq += 1;
    const status = spec.status ?? 'published';
    const row = publicationRow(
      { id: organizationId, code: String(organizationId), index_pattern: '{code}/{year}-{seq}' },
      { authorId: user, reviewerId: null, publisherId: null },
      {
        title: `条目${seq}`,
        summary: '',
        bodyHtml: '',
        bodyText: '',
        topic: '',
        genre: spec.genre ?? '通知',
        issuingBody: '',
        writtenDate: spec.writtenDate ?? null,
        docNumber: spec.docNumber ?? '',
        categoryId: spec.categoryId ?? null,
        columnIds: spec.columnIds ?? [],
        isNormative: spec.normative ?? false,
      },
      {
        status,
        index_no: spec.publishDate ? `${organizationId}/${spec.publishDate.slice(0, 4)}-${seq}` : null,
        publish_date: spec.publishDate,
        submitted_at: null,
        reviewed_at: null,
        created_at: AT,
        updated_at: AT,
      },
    );
    const { id } = await db.insertInto('publications').values(row).returning('id').executeTakeFirstOrThrow();
    for (const column_id of spec.columnIds ?? [])
      await db
        .insertInto('publication_columns')
        .values({ publication_id: id, column_id, publish_date: status === 'published' ? spec.publishDate : null })
        .execute();
    return id;
  };

  // 2024 catalogue: p1, p2, p3 (p2 and p3 with 文号 and normative); columns zwdt p1 p5, gsgg p5.
  const p1 = await publication(org, { publishDate: '2024-03-01', categoryId: overview, columnIds: [zwdt] });
  // 规范性文件 written in 2023, published in 2024: table 二 counts it issued in 2023.
  const p2 = await publication(org, {
    publishDate: '2024-05-10',
    categoryId: normative,
    docNumber: '棉府〔2024〕1号',
    normative: true,
    writtenDate: '2023-12-20',
  });
  // A 规章 (genre 命令（令）) issued and published in 2024.
  const p3 = await publication(org, {
    publishDate: '2024-07-01',
    categoryId: rules,
    docNumber: '棉府令〔2024〕1号',
    normative: true,
    genre: '命令（令）',
    writtenDate: '2024-06-20',
  });
  // Issued and published in 2023, repealed in 2024.
  const p4 = await publication(org, {
    publishDate: '2023-11-01',
    categoryId: normative,
    docNumber: '棉府〔2023〕9号',
    normative: true,
    genre: '意见',
    writtenDate: '2023-10-01',
  });
  // The year's last day, outside the catalogue, in two columns.
  const p5 = await publication(org, { publishDate: '2024-12-31', columnIds: [zwdt, gsgg] });
  // Next year's, a draft and a withdrawn item: none counts.
  await publication(org, { publishDate: '2025-01-01', categoryId: overview, columnIds: [zwdt] });
  await publication(org, { status: 'draft', publishDate: null, categoryId: overview, columnIds: [zwdt] });
  await publication(org, { status: 'withdrawn', publishDate: '2024-02-01', categoryId: overview, columnIds: [zwdt] });
  // Expired in 2023, in force again from 2024 (no 成文日期: issued on its 发布日期).
  const p9 = await publication(org, { publishDate: '2022-05-01', categoryId: normative, normative: true });
  // The other organization's item, normative, in its own category and column.
  const pb = await publication(otherOrg, {
    publishDate: '2024-04-01',
    categoryId: otherCategory,
    columnIds: [otherColumn],
    docNumber: '华府〔2024〕1号',
    normative: true,
  });

  const validity = (publication_id: number, value: string, effective_date: string) =>
    db
      .insertInto('validity_changes')
      .values({ publication_id, validity: value, effective_date, note: '', created_by: user, created_at: AT })
      .execute();
  await validity(p4, '已废止', '2024-09-01');
  await validity(p9, '失效', '2023-06-01');
  await validity(p9, '有效', '2024-02-01');

  await db
    .insertInto('view_counts')
    .values([
      { publication_id: p1, organization_id: org, day: '2024-03-01', count: 100 },
      { publication_id: p1, organization_id: org, day: '2025-01-02', count: 50 },
      { publication_id: p5, organization_id: org, day: '2024-12-31', count: 7 },
      { publication_id: pb, organization_id: otherOrg, day: '2024-04-01', count: 1000 },
    ])
    .execute();

  const requestCase = async (
    organizationId: number,
    no: string,
    spec: {
      category: string;
      received: string | null;
      closed?: string;
      outcome?: string;
      deadline?: string;
      fee?: number;
    },
  ) => {
    const row: Insertable<RequestCaseTable> = {
      organization_id: organizationId,
      tracking_no: no,
      access_code_hash: 'x',
      channel: 'online',
      submitted_at: AT,
      received_on: spec.received,
      state: spec.received === null ? 'pending_receipt' : spec.closed ? 'closed' : 'running',
      deadline: spec.deadline ?? null,
      applicant_kind: spec.category === '自然人' ? 'person' : 'organization',
      applicant_category: spec.category,
      applicant_display: `申请人${no}`,
      applicant_sealed: 'SEALED-SECRET',
      applicant_hash: no,
      description: '',
      delivery_form: 'electronic',
      delivery_channel: 'email',
      assignee_id: null,
      fee_method: spec.fee ? 'by_item' : null,
      fee_amount: spec.fee ?? null,
      fee_status: spec.fee ? 'paid' : null,
      outcome_code: spec.outcome ?? null,
      closed_on: spec.closed ?? null,
      created_by: null,
      created_at: AT,
      updated_at: AT,
    };
    return (await db.insertInto('request_cases').values(row).returning('id').executeTakeFirstOrThrow()).id;
  };
  const event = (case_id: number, type: string, date: string) =>
    db
      .insertInto('request_events')
      .values({ case_id, type, date, actor_id: null, actor_name: '', created_at: AT })
      .execute();

  // 2024: received r1 r4 r5 r8; carried over r2 r3; closed r1 r2 r5 r8; carried forward r3 r4.
  const r1 = await requestCase(org, 'R1', {
    category: '自然人',
    received: '2024-02-01',
    closed: '2024-02-20',
    outcome: '1',
    deadline: '2024-02-28',
  });
  const r2 = await requestCase(org, 'R2', {
    category: '商业企业',
    received: '2023-12-20',
    closed: '2024-01-10',
    outcome: '3.1',
    deadline: '2024-01-05',
  });
  const r3 = await requestCase(org, 'R3', { category: '自然人', received: '2023-12-28' });
  const r4 = await requestCase(org, 'R4', {
    category: '科研机构',
    received: '2024-12-20',
    closed: '2025-01-05',
    outcome: '2',
    fee: 100,
  });
  const r5 = await requestCase(org, 'R5', {
    category: '自然人',
    received: '2024-06-01',
    closed: '2024-06-15',
    outcome: '6.2',
    deadline: '2024-06-30',
    fee: 300,
  });
  await requestCase(org, 'R6', { category: '自然人', received: null });
  const r7 = await requestCase(org, 'R7', {
    category: '自然人',
    received: '2023-03-01',
    closed: '2023-03-20',
    outcome: '1',
  });
  const r8 = await requestCase(org, 'R8', {
    category: '其他',
    received: '2024-03-01',
    closed: '2024-03-05',
    outcome: '5.2',
    deadline: '2024-03-04',
  });
  const rb = await requestCase(otherOrg, 'RB', {
    category: '自然人',
    received: '2024-02-01',
    closed: '2024-02-05',
    outcome: '1',
    fee: 50,
  });
  await event(r5, 'feeNotified', '2024-06-05');
  await event(r5, 'feePaid', '2024-06-10');
  await event(r4, 'feePaid', '2025-01-03');
  await event(rb, 'feePaid', '2024-02-03');

  const appeal = (case_id: number, organization_id: number, kind: string, filed_on: string, result: string) =>
    db
      .insertInto('request_appeals')
      .values({
        case_id,
        organization_id,
        kind,
        filed_on,
        result,
        decided_on: result === 'pending' ? null : filed_on,
        created_by: null,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
  await appeal(r2, org, 'review', '2024-03-01', 'upheld');
  await appeal(r7, org, 'lawsuit_direct', '2024-05-01', 'pending');
  await appeal(r7, org, 'review', '2023-05-01', 'corrected');
  await appeal(rb, otherOrg, 'review', '2024-03-01', 'upheld');

  // Participation: k1 opened in 2024; comments at the Shanghai year's edges (16:00Z is midnight).
  const consultation = async (organization_id: number, title: string, open_date: string, close_date: string) =>
    (
      await db
        .insertInto('consultations')
        .values({
          organization_id,
          title,
          explanation: '',
          how_to_comment: '',
          contact: '',
          open_date,
          close_date,
          major: 0,
          publication_id: null,
          file_id: null,
          body_html: '',
          feedback_summary: null,
          feedback_published_at: null,
          adopted_publication_id: null,
          created_by: null,
          created_at: AT,
          updated_at: AT,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const k1 = await consultation(org, '草案一', '2024-03-01', '2024-04-01');
  const k2 = await consultation(org, '草案二', '2023-12-15', '2024-01-15');
  const kb = await consultation(otherOrg, '草案三', '2024-03-01', '2024-04-01');
  let comments = 0;
  const comment = (consultation_id: number, created_at: string) =>
    db
      .insertInto('consultation_comments')
      .values({
        consultation_id,
        tracking_no: `C${++comments}`,
        contact_sealed: 'SEALED-SECRET',
        section_no: null,
        content: '意见',
        status: 'pending',
        fingerprint: String(comments),
        feedback_id: null,
        moderated_by: null,
        moderated_at: null,
        created_at,
        updated_at: created_at,
      })
      .execute();
  await comment(k2, '2023-12-31T16:30:00.000Z');
  await comment(k2, '2023-12-31T15:59:00.000Z');
  await comment(k1, '2024-03-02T02:00:00.000Z');
  await comment(k1, '2024-12-31T16:00:00.000Z');
  await comment(kb, '2024-03-02T02:00:00.000Z');

  // Messages: received in 2024 m1 m3 m4; first answered in 2024 m1 m2.
  const message = async (
    organization_id: number,
    no: string,
    type: string,
    received_on: string,
    replies: string[],
    rating: string | null = null,
  ) => {
    const { id } = await db
      .insertInto('messages')
      .values({
        organization_id,
        tracking_no: no,
        access_code_hash: 'x',
        type,
        subject: `留言${no}`,
        content: '',
        contact_sealed: 'SEALED-SECRET',
        status: replies.length ? 'replied' : 'received',
        assignee_id: null,
        received_on,
        due_date: received_on,
        replied_on: replies.length ? replies.at(-1)!.slice(0, 10) : null,
        rating,
        is_public: 0,
        published_at: null,
        fingerprint: no,
        submitted_at: `${received_on}T01:00:00.000Z`,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('message_posts')
      .values({
        message_id: id,
        kind: 'followUp',
        text: '',
        organization_id: null,
        author_id: null,
        author_name: '',
        created_at: `${received_on}T05:00:00.000Z`,
      })
      .execute();
    for (const at of replies)
      await db
        .insertInto('message_posts')
        .values({
          message_id: id,
          kind: 'reply',
          text: '',
          organization_id,
          author_id: user,
          author_name: '',
          created_at: at,
        })
        .execute();
  };
  await message(org, 'M1', '咨询', '2024-02-01', ['2024-02-03T02:00:00.000Z', '2025-01-10T02:00:00.000Z']);
  await message(org, 'M2', '投诉', '2023-12-30', ['2024-01-02T01:00:00.000Z'], '满意');
  await message(org, 'M3', '建言', '2024-12-30', ['2025-01-02T02:00:00.000Z']);
  await message(org, 'M4', '咨询', '2024-05-01', []);
  await message(otherOrg, 'M5', '咨询', '2024-05-01', ['2024-05-02T02:00:00.000Z']);

  const call = (organization_id: number, called_at: string, month: string) =>
    db
      .insertInto('hotline_calls')
      .values({
        organization_id,
        called_at,
        month,
        caller_masked: '138****0000',
        topic: '咨询政府信息公开',
        answer: '',
        handled_by: user,
        handled_by_name: '值班员',
        created_by: user,
        created_at: called_at,
      })
      .execute();
  await call(org, '2024-01-01T01:00:00.000Z', '2024-01');
  await call(org, '2023-12-31T15:00:00.000Z', '2023-12');
  await call(org, '2024-12-31T17:00:00.000Z', '2025-01');
  await call(otherOrg, '2024-06-01T01:00:00.000Z', '2024-06');

  return {
    org,
    otherOrg,
    user,
    categories: { overview, rules, normative },
    publications: { p1, p2, p3, p4, p5, p9 },
    cases: { r1, r2, r3, r4, r5, r8 },
  };
}
