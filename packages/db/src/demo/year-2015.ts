import { addDays, officeInstant, spreadOver, workingDayOnOrBefore, workingDays } from './calendar.js';
import { categoryId, columnId, type OrgContext } from './context.js';
import { insertPublished, type PublishedInput } from './publication-writer.js';
import { createRandom, type Random } from './random.js';
import {
  TOWN,
  TOWN_GOV,
  catalogueText,
  chineseDate,
  departmentNews,
  interpretation,
  normativeDocument,
  noticeDocument,
  noticeNews,
  paragraphsToHtml,
  townNews,
  villageNews,
  type GeneratedText,
} from './texts.js';
import { insertViewRows, viewRows, viewTotals } from './views.js';

/**
 * The founding report's 2015 figures for 棉洋镇 (decisions.md, "Data and counting"): 133 items in
 * the catalogue, 21 of them with a 文号 and 5 of those 规范性文件; outside the catalogue 713 政务动态,
 * 974 镇村信息, 674 部门动态 and 78 公示公告; 3,130,000 page views in the year.
 */
export const FIGURES_2015 = {
  catalogue: 133,
  withDocNumber: 21,
  normative: 5,
  columns: { zwdt: 713, zcxx: 974, bmdt: 674, gsgg: 78 },
  views: 3_130_000,
} as const;

/** The county notice the report cites; it must be findable by its 文号. */
export const COUNTY_NOTICE = {
  docNumber: '华府办发〔2015〕117号',
  issuingBody: '五华县人民政府办公室',
  title: '五华县人民政府办公室关于进一步做好政府信息公开工作的通知',
};

type Kind = 'plain' | 'mianfu' | 'normative' | 'county' | 'plan' | 'workpoints';
interface Spec {
  category: string;
  kind: Kind;
  columns?: string[];
}

/** How the 133 catalogue items spread over the eight categories (and which carry a 文号). */
function catalogueSpecs(): Spec[] {
  const specs: Spec[] = [];
  const add = (n: number, spec: Spec) => {
    for (let i = 0; i < n; i++) specs.push(spec);
  };
  add(6, { category: '概况信息', kind: 'plain' });
  add(10, { category: '机构职能信息', kind: 'plain' });
  add(2, { category: '发展规划类信息', kind: 'mianfu' });
  add(10, { category: '发展规划类信息', kind: 'plain' });
  add(1, { category: '年度工作要点', kind: 'workpoints', columns: ['gzyd'] });
  add(1, { category: '计划总结类信息', kind: 'mianfu' });
  add(8, { category: '工作总结', kind: 'plain' });
  add(8, { category: '计划总结类信息', kind: 'plain' });
  add(1, { category: '公共告示类信息', kind: 'mianfu' });
  add(21, { category: '公共告示类信息', kind: 'plain' });
  add(30, { category: '政务动态类信息', kind: 'plain' });
  add(5, { category: '规范性文件', kind: 'normative', columns: ['gfxwj'] });
  add(5, { category: '工作制度', kind: 'mianfu' });
  add(5, { category: '其他文件', kind: 'mianfu' });
  add(5, { category: '工作制度', kind: 'plain' });
  add(1, { category: '其它类信息', kind: 'county' });
  add(2, { category: '其它类信息', kind: 'plan', columns: ['yjya'] });
  add(12, { category: '其它类信息', kind: 'plain' });
  return specs;
}

const NORMATIVE = [
  ['棉洋镇农村危房改造补助资金管理办法', '城乡建设、环境保护', '办法'],
  ['棉洋镇森林防火管理规定', '农业、林业、水利', '规定'],
  ['棉洋镇村庄环境卫生管理办法', '城乡建设、环境保护', '办法'],
  ['棉洋镇农村宅基地审核管理办法', '国土资源、能源', '办法'],
  ['棉洋镇社会救助工作实施细则', '民政、扶贫、救灾', '细则'],
] as const;

const EMERGENCY_PLANS = ['棉洋镇突发公共事件总体应急预案', '棉洋镇森林火灾应急预案'];

function mianfuSubject(r: Random, index: number): string {
  const fixed = ['关于印发《棉洋镇人民政府信息公开工作制度》的通知', '关于调整棉洋镇政务公开工作领导小组成员的通知'];
  if (index < fixed.length) return fixed[index]!;
  const w = r.pick([
    '安全生产',
    '森林防火',
    '防汛抗旱',
    '环境卫生整治',
    '扶贫开发',
    '低保核查',
    '征兵',
    '禁毒宣传',
    '食品安全',
    '农村危房改造',
  ]);
  return r.pick([
    `关于印发《棉洋镇2015年${w}工作方案》的通知`,
    `关于做好2015年${w}工作的通知`,
    `关于成立棉洋镇${w}工作领导小组的通知`,
  ]);
}

function shuffle<T>(r: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function item(t: GeneratedText, day: string, minute: number, extra: Partial<PublishedInput> = {}): PublishedInput {
  return {
    title: t.title,
    summary: t.summary,
    bodyHtml: paragraphsToHtml(t.paragraphs),
    bodyText: t.paragraphs.join('\n'),
    topic: t.topic,
    genre: t.genre,
    issuingBody: TOWN_GOV,
    writtenDate: day,
    categoryId: null,
    columnIds: [],
    publishDate: day,
    publishedAt: officeInstant(day, minute),
    ...extra,
  };
}

/** Seeds 棉洋镇's 2015 publications; `ctx` is the primary organization. */
export async function seedYear2015(ctx: OrgContext): Promise<void> {
  const r = createRandom(2015);
  const days = workingDays('2015-01-05', '2015-12-31');
  const writtenBefore = (day: string) => workingDayOnOrBefore(addDays(day, -r.int(1, 6)));

  // Catalogue: specs shuffled over evenly spread dates, 棉府 numbers in date order.
  const specs = shuffle(r, catalogueSpecs());
  const dates = spreadOver(days, specs.length);
  const catalogue: PublishedInput[] = [];
  const normativeItems: { index: number; title: string; topic: string; docNumber: string }[] = [];
  const repealCandidates: number[] = [];
  let docSeq = 0;
  let mianfuIndex = 0;
  let normativeIndex = 0;
  let planIndex = 0;
  specs.forEach((spec, i) => {
    const day = dates[i]!;
    const category = categoryId(ctx, spec.category);
    const columnIds = (spec.columns ?? []).map((slug) => columnId(ctx, slug));
    const minute = r.int(0, 150);
    const base = { categoryId: category, columnIds };
    switch (spec.kind) {
      case 'plain':
        catalogue.push(
          item(
            catalogueText(
              r,
              spec.category === '工作总结'
                ? '计划总结类信息'
                : spec.category === '工作制度'
                  ? '规章制度类信息'
                  : spec.category,
              day,
            ),
            day,
            minute,
            base,
          ),
        );
        break;
      case 'workpoints':
      case 'mianfu':
      case 'normative': {
        docSeq += r.int(1, 4);
        const docNumber = `棉府〔2015〕${docSeq}号`;
        if (spec.kind === 'normative') {
          const [title, topic, genre] = NORMATIVE[normativeIndex++]!;
          normativeItems.push({ index: catalogue.length, title, topic, docNumber });
          catalogue.push(
            item(normativeDocument(title, topic, genre, day), day, minute, {
              ...base,
              docNumber,
              writtenDate: writtenBefore(day),
              isNormative: true,
              timeLimit: '长期公开',
            }),
          );
        } else {
          const subject =
            spec.kind === 'workpoints' ? '关于印发《棉洋镇2015年工作要点》的通知' : mianfuSubject(r, mianfuIndex++);
          if (spec.category === '其他文件') repealCandidates.push(catalogue.length);
          catalogue.push(
            item(noticeDocument(r, day, subject), day, minute, { ...base, docNumber, writtenDate: writtenBefore(day) }),
          );
        }
        break;
      }
      case 'county': {
        const t = noticeDocument(r, day, COUNTY_NOTICE.title, {
          issuer: COUNTY_NOTICE.issuingBody,
          addressees: '各镇人民政府，县府直属和省、市驻五华各单位：',
          work: { name: '政府信息公开', topic: '综合政务' },
          purpose:
            '为深入贯彻《中华人民共和国政府信息公开条例》，进一步做好政府信息公开工作，推进重点领域信息公开，经县人民政府同意，现将有关事项通知如下：',
        });
        catalogue.push(
          item(t, day, minute, {
            ...base,
            docNumber: COUNTY_NOTICE.docNumber,
            issuingBody: COUNTY_NOTICE.issuingBody,
            writtenDate: writtenBefore(day),
          }),
        );
        break;
      }
      case 'plan': {
        const title = EMERGENCY_PLANS[planIndex++]!;
        const t: GeneratedText = {
          title,
          summary: `为有效预防和处置${title.replace(TOWN, '').replace('应急预案', '')}，保障人民群众生命财产安全，制定本预案。`,
          paragraphs: [
            `为有效预防和处置${title.replace(TOWN, '').replace('应急预案', '')}，保障人民群众生命财产安全，制定本预案。`,
            '一、组织机构。镇成立应急指挥部，镇长任总指挥，分管副镇长任副总指挥，各村（居）委会和镇直单位负责人为成员。',
            '二、预警与响应。按照事件的严重程度分为四级响应，发生事件后，事发地村委会应立即报告镇应急指挥部。',
            '三、保障措施。落实应急队伍、物资和经费保障，定期组织应急演练。',
          ],
          topic: '公安、安全、司法',
          genre: '方案',
        };
        catalogue.push(item(t, day, minute, { ...base, timeLimit: '常年公开' }));
        break;
      }
    }
  });
  // Two notices later repealed (有效性 changes are dated records).
  const repealed = repealCandidates.slice(0, 2);
  for (const i of repealed) catalogue[i]!.validity = '已废止';

  // Columns outside the catalogue.
  const generators = { zwdt: townNews, zcxx: villageNews, bmdt: departmentNews, gsgg: noticeNews } as const;
  const news: PublishedInput[] = [];
  for (const [slug, count] of Object.entries(FIGURES_2015.columns) as [keyof typeof generators, number][]) {
    const column = columnId(ctx, slug);
    for (const day of spreadOver(days, count))
      news.push(item(generators[slug](r, day), day, r.int(0, 170), { columnIds: [column] }));
  }

  // Views: catalogue documents are read about three times as much as news.
  const all = [...catalogue, ...news];
  const totals = viewTotals(
    r,
    FIGURES_2015.views,
    all.map((_, i) => (i < catalogue.length ? 3 : 1)),
  );
  all.forEach((it, i) => (it.viewCount = totals[i]!));

  const ids = await insertPublished(ctx.db, ctx.org, ctx.staff, all, { segmenter: ctx.segmenter, revisions: true });

  // Each 规范性文件 gets its 政策解读 the same day (outside the catalogue and the counted columns).
  const interpretations = normativeItems.map((n) => {
    const doc = catalogue[n.index]!;
    return item(interpretation(n.title, n.docNumber, n.topic), doc.publishDate, 175, {
      columnIds: [columnId(ctx, 'zcjd')],
      interpretsId: ids[n.index]!,
    });
  });
  await insertPublished(ctx.db, ctx.org, ctx.staff, interpretations, { segmenter: ctx.segmenter, revisions: true });

  await insertViewRows(
    ctx.db,
    ctx.org.id,
    all.flatMap((it, i) => viewRows(ids[i]!, it.publishDate, it.viewCount ?? 0, '2015-12-31')),
  );

  for (const i of repealed) {
    const doc = catalogue[i]!;
    const effective = workingDayOnOrBefore(
      addDays(doc.publishDate, 120) > '2015-12-31' ? '2015-12-31' : addDays(doc.publishDate, 120),
    );
    await ctx.db.db
      .insertInto('validity_changes')
      .values({
        publication_id: ids[i]!,
        validity: '已废止',
        effective_date: effective,
        note: `该文件自${chineseDate(effective)}起废止，相关工作按新印发的文件执行。`,
        created_by: ctx.staff.publisherId,
        created_at: officeInstant(effective, 30),
      })
      .execute();
  }
}
