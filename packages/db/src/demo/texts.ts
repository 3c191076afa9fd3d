import type { Random } from './random.js';

/**
 * Template text for generated publications: plausible titles and bodies about what a town
 * government publishes (topics from the founding report and 条例 Art. 20–21), with no personal data.
 */
export interface GeneratedText {
  title: string;
  summary: string;
  paragraphs: string[];
  topic: string;
  genre: string;
}

export const TOWN = '棉洋镇';
export const TOWN_GOV = '棉洋镇人民政府';
export const VILLAGES = [
  '棉洋村',
  '新村',
  '洋塘村',
  '黄龙村',
  '双华村',
  '龙岗村',
  '社下村',
  '岗子村',
  '上苑村',
  '下苑村',
  '青溪村',
  '石坑村',
] as const;
export const DEPARTMENTS = [
  '镇党政办',
  '镇农业农村办',
  '镇财政所',
  '镇司法所',
  '镇卫生院',
  '镇国土所',
  '镇安监办',
  '镇水利所',
  '镇文化站',
  '镇社保所',
  '镇计生办',
  '镇林业站',
  '镇综治办',
] as const;
const LEADERS = ['镇党委书记', '镇长', '镇党委副书记', '分管副镇长', '镇人大主席'] as const;

/** Lines of work and their 主题分类. */
const WORK = [
  ['安全生产', '市场监管、安全生产监管'],
  ['森林防火', '农业、林业、水利'],
  ['春耕生产', '农业、林业、水利'],
  ['环境卫生整治', '城乡建设、环境保护'],
  ['扶贫开发', '民政、扶贫、救灾'],
  ['防汛抗旱', '农业、林业、水利'],
  ['计划生育', '人口与计划生育、妇女儿童工作'],
  ['综治维稳', '公安、安全、司法'],
  ['新型农村合作医疗', '卫生、体育'],
  ['城乡居民养老保险', '劳动、人事、监察'],
  ['政府信息公开', '综合政务'],
  ['禁毒宣传', '公安、安全、司法'],
  ['食品安全', '市场监管、安全生产监管'],
  ['控辍保学', '科技、教育'],
  ['文化惠民', '文化、广电、新闻出版'],
  ['征兵', '国防'],
  ['低保核查', '民政、扶贫、救灾'],
  ['道路交通安全', '工业、交通'],
  ['农村危房改造', '城乡建设、环境保护'],
  ['河道清理', '农业、林业、水利'],
  ['土地承包经营权流转', '国土资源、能源'],
  ['财政资金监管', '财政、金融、审计'],
] as const;
const PROJECTS = [
  '村道硬底化建设',
  '农村饮水安全工程',
  '农田水利修缮',
  '村文化室建设',
  '村道路灯安装',
  '垃圾收集点建设',
  '山塘水库加固',
  '村小学校舍维修',
  '桥梁加固工程',
  '村级活动场所改造',
] as const;
const CROPS = ['早稻', '晚稻', '茶叶', '油茶', '脐橙', '花生', '蔬菜'] as const;
/** `{year}` is replaced by the year of the publication's day. */
const NOTICE_ITEMS = [
  '{year}年度低保对象评审结果',
  '农村危房改造补助对象',
  '扶贫开发建档立卡对象',
  '村道硬底化工程招标结果',
  '计划生育奖励扶助对象',
  '残疾人生活补贴对象',
  '高龄老人津贴发放对象',
  '农机购置补贴对象',
] as const;
const ANNOUNCEMENTS = [
  '加强森林防火期野外用火管理',
  '春节期间烟花爆竹燃放安全',
  '{year}年度征兵报名',
  '禁止焚烧农作物秸秆',
  '开展农村土地承包经营权确权登记',
  '汛期山塘水库安全管理',
] as const;

function ofYear(template: string, day: string): string {
  return template.replace('{year}', day.slice(0, 4));
}

/** The same text for another town: the templates are written for 棉洋镇. */
export function forTown(t: GeneratedText, town: string): GeneratedText {
  if (town === TOWN) return t;
  const swap = (s: string) => s.replaceAll(TOWN, town);
  return { ...t, title: swap(t.title), summary: swap(t.summary), paragraphs: t.paragraphs.map(swap) };
}

export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function work(r: Random): { name: string; topic: string } {
  const [name, topic] = r.pick(WORK);
  return { name, topic };
}

function summarize(paragraphs: readonly string[]): string {
  // A notice opens with its addressees (…各单位：); the summary starts after them.
  const first = paragraphs.find((p) => !p.endsWith('：')) ?? '';
  const end = first.indexOf('。');
  const sentence = end > 0 ? first.slice(0, end + 1) : first;
  return sentence.length > 120 ? `${sentence.slice(0, 118)}……` : sentence;
}

function text(title: string, paragraphs: string[], topic: string, genre: string): GeneratedText {
  return { title, summary: summarize(paragraphs), paragraphs, topic, genre };
}

function newsParagraphs(r: Random, day: string, subject: string, w: string): string[] {
  const leader = r.pick(LEADERS);
  return [
    `${chineseDate(day)}，${subject}。${leader}出席并讲话，各村（居）委会、镇直有关单位负责人参加。`,
    `会上强调，要充分认识做好${w}工作的重要性和紧迫性，切实把思想和行动统一到县委、县政府的部署要求上来，层层压实责任，确保各项任务落到实处。`,
    r.next() < 0.5
      ? `据了解，今年以来我镇${w}工作稳步推进，已组织开展集中宣传${r.int(2, 12)}场次，发放宣传资料${r.int(3, 40) * 100}余份，排查整改问题${r.int(3, 60)}处。`
      : `会议通报了前阶段${w}工作的开展情况，分析了存在的问题和不足，并对下一阶段的重点工作作了具体部署。`,
    `下一步，${TOWN}将继续加强督促检查，及时公开工作进展，主动接受群众监督，推动${w}工作取得实效。`,
  ];
}

/** 政务动态: meetings, inspections and campaigns of the town government. */
export function townNews(r: Random, day: string): GeneratedText {
  const w = work(r);
  const month = Number(day.slice(5, 7));
  const titles = [
    `${TOWN}召开${w.name}工作会议`,
    `${TOWN}部署${w.name}工作`,
    `镇领导带队检查${w.name}工作`,
    `${TOWN}开展${w.name}专项行动`,
    `${TOWN}举办${w.name}业务培训班`,
    `${TOWN}召开${month}月份${w.name}工作推进会`,
    `县督导组到${TOWN}督导${w.name}工作`,
  ];
  const title = r.pick(titles);
  return text(title, newsParagraphs(r, day, title.replace(TOWN, '我镇'), w.name), w.topic, '其他');
}

/** 镇村信息: what happens in the villages. */
export function villageNews(r: Random, day: string): GeneratedText {
  const v = r.pick(VILLAGES);
  const choice = r.int(0, 3);
  if (choice === 0) {
    const p = r.pick(PROJECTS);
    return text(
      `${v}${p}顺利完工`,
      [
        `${chineseDate(day)}，${v}${p}通过镇有关部门验收，正式投入使用。`,
        `该项目总投资约${r.int(5, 80)}万元，由上级补助资金、镇村自筹资金和群众自愿筹资筹劳共同解决，惠及群众${r.int(3, 30) * 100}余人。`,
        `项目实施过程中，村委会全程公开资金使用和工程进度，接受村民监督。`,
      ],
      '城乡建设、环境保护',
      '其他',
    );
  }
  if (choice === 1) {
    const crop = r.pick(CROPS);
    return text(
      `${v}${crop}喜获丰收`,
      [
        `连日来，${v}种植的${r.int(100, 2000)}亩${crop}陆续收获，田间地头一派繁忙景象。`,
        `镇农业技术人员深入田间指导病虫害防治和科学施肥，今年${crop}亩产较上年增长${r.int(3, 15)}%左右。`,
        `村委会积极对接收购企业，帮助农户拓宽销售渠道，促进农民增收。`,
      ],
      '农业、林业、水利',
      '其他',
    );
  }
  const w = work(r);
  if (choice === 2) {
    return text(
      `${v}召开村民代表大会研究${w.name}工作`,
      [
        `${chineseDate(day)}，${v}召开村民代表大会，专题研究${w.name}工作，镇驻村干部列席会议。`,
        `会议审议通过了${v}${w.name}工作实施方案，明确了责任分工和完成时限，相关情况将在村务公开栏公示。`,
      ],
      w.topic,
      '其他',
    );
  }
  return text(
    `${v}开展${w.name}宣传活动`,
    newsParagraphs(r, day, `${v}开展${w.name}宣传活动`, w.name),
    w.topic,
    '其他',
  );
}

/** 部门动态: the town's offices and stations. */
export function departmentNews(r: Random, day: string): GeneratedText {
  const d = r.pick(DEPARTMENTS);
  const w = work(r);
  const titles = [
    `${d}开展${w.name}检查`,
    `${d}召开${w.name}工作会议`,
    `${d}深入各村开展${w.name}宣传`,
    `${d}扎实做好${w.name}工作`,
  ];
  const title = r.pick(titles);
  return text(title, newsParagraphs(r, day, title, w.name), w.topic, '其他');
}

/** 公示公告: lists published for objection and public announcements. */
export function noticeNews(r: Random, day: string): GeneratedText {
  if (r.next() < 0.6) {
    const v = r.pick(VILLAGES);
    const item = ofYear(r.pick(NOTICE_ITEMS), day);
    return text(
      `关于${v}${item}的公示`,
      [
        `根据有关政策规定，经村民代表评议、镇审核，现将${v}${item}予以公示（名单见村务公开栏）。`,
        `公示期为7天（自${chineseDate(day)}起）。如有异议，请在公示期内向镇党政办或村委会反映。`,
        `监督电话：0753-4461001。`,
      ],
      '民政、扶贫、救灾',
      '公告',
    );
  }
  const a = ofYear(r.pick(ANNOUNCEMENTS), day);
  return text(
    `${TOWN_GOV}关于${a}的通告`,
    [
      `为切实做好${a}工作，保障人民群众生命财产安全，根据有关法律法规，现将有关事项通告如下：`,
      `一、各村（居）委会要加强宣传，做到家喻户晓。二、有关单位和个人应当严格遵守相关规定。三、对违反规定的行为，依法予以处理。`,
      `本通告自发布之日起施行。`,
    ],
    '综合政务',
    '通告',
  );
}

export interface NoticeOptions {
  issuer?: string;
  addressees?: string;
  /** The line of work; random when omitted. */
  work?: { name: string; topic: string };
  /** The sentence before the numbered points. */
  purpose?: string;
}

/** 通知 with a 文号: the body of an official notice (of the town government unless told otherwise). */
export function noticeDocument(r: Random, day: string, subject: string, options: NoticeOptions = {}): GeneratedText {
  const w = options.work ?? work(r);
  const issuer = options.issuer ?? TOWN_GOV;
  return text(
    subject,
    [
      options.addressees ?? '各村（居）委会，镇直各单位：',
      options.purpose ?? `为进一步做好${w.name}工作，根据上级有关文件精神，结合我镇实际，现将有关事项通知如下：`,
      `一、提高思想认识。各单位要充分认识做好此项工作的重要意义，主要负责人亲自抓、负总责。`,
      `二、明确工作任务。各单位要对照职责细化工作措施，明确责任人和完成时限，确保按时完成。`,
      `三、加强督促检查。镇将适时组织督查，督查情况在全镇范围内通报，并按规定公开。`,
      issuer,
      chineseDate(day),
    ],
    w.topic,
    '通知',
  );
}

/** A 规范性文件 (rules with articles). */
export function normativeDocument(title: string, topic: string, genre: string, day: string): GeneratedText {
  const subject = title.replace(TOWN, '').replace(/(管理办法|管理规定|实施细则|办法|规定)$/u, '');
  return text(
    title,
    [
      `第一条 为规范${subject}工作，维护群众合法权益，根据有关法律法规和上级规定，结合本镇实际，制定本${genre}。`,
      `第二条 本${genre}适用于本镇行政区域内的${subject}活动。`,
      `第三条 镇人民政府负责本镇${subject}的组织实施，各村（居）委会协助做好相关工作。`,
      `第四条 ${subject}应当遵循公开、公平、公正的原则，有关事项在村务公开栏和镇政府网站公开，接受群众监督。`,
      `第五条 违反本${genre}规定的，由有关部门依法处理。`,
      `第六条 本${genre}由${TOWN_GOV}负责解释，自${chineseDate(day)}起施行，有效期五年。`,
    ],
    topic,
    genre,
  );
}

/** A 政策解读 of a normative document. */
export function interpretation(docTitle: string, docNumber: string, topic: string): GeneratedText {
  return text(
    `《${docTitle}》政策解读`,
    [
      `一、出台背景。为贯彻落实上级有关部署，进一步规范管理，${TOWN_GOV}制定了《${docTitle}》（${docNumber}）。`,
      '二、主要内容。文件明确了适用范围、职责分工、办理程序和监督管理等内容，细化了群众办事的条件和时限。',
      '三、适用对象。本镇行政区域内的村（居）民、村（居）委会及镇直有关单位。',
      `四、解读机关及联系方式。解读机关：${TOWN_GOV}；联系单位：棉洋镇党政办；联系电话：0753-4461001。`,
    ],
    topic,
    '其他',
  );
}

/** Catalogue items without a 文号, by category (one of the eight). */
export function catalogueText(r: Random, category: string, day: string): GeneratedText {
  const w = work(r);
  const year = Number(day.slice(0, 4));
  switch (category) {
    case '概况信息': {
      const t = r.pick([
        `${TOWN}概况`,
        `${TOWN}行政区划情况`,
        `${TOWN}自然资源概况`,
        `${TOWN}${year - 1}年经济社会发展基本情况`,
        `${TOWN}人口与民族情况`,
      ]);
      return text(
        t,
        [
          `${TOWN}位于五华县东北部，距县城约${r.int(25, 40)}公里，总面积约${r.int(120, 180)}平方公里，辖${VILLAGES.length}个村（居）委会。`,
          `全镇以农业为主，主要种植水稻、茶叶、油茶等作物，近年来积极发展特色种养和乡村旅游。`,
          `镇人民政府驻地设有便民服务中心，为群众提供政务服务和政府信息查询。`,
        ],
        '综合政务',
        '其他',
      );
    }
    case '机构职能信息': {
      const d = r.pick(DEPARTMENTS);
      const t = r.pick([`${TOWN_GOV}主要职能`, `${TOWN_GOV}领导班子分工`, `${TOWN}内设机构及职责`, `${d}职能简介`]);
      return text(
        t,
        [
          `${t.endsWith('分工') ? '镇领导班子成员按照分工负责各自领域工作' : '主要职责'}：贯彻执行党和国家的路线方针政策及上级的决定、命令，落实本镇经济社会发展规划。`,
          `负责本镇${w.name}等工作，做好公共服务、社会管理和政府信息公开工作。`,
          `办公地址：五华县棉洋镇人民政府大院；办公时间：周一至周五（法定节假日除外）。`,
        ],
        '综合政务',
        '其他',
      );
    }
    case '发展规划类信息': {
      const t = r.pick([
        `${TOWN}${year}年国民经济和社会发展计划`,
        `${TOWN}${w.name}三年规划（${year}—${year + 2}年）`,
        `${TOWN}${w.name}实施方案`,
        `${TOWN}村庄规划编制情况`,
      ]);
      return text(
        t,
        [
          `为推进全镇经济社会持续健康发展，结合我镇实际，制定本${t.includes('方案') ? '方案' : '规划'}。`,
          `一、总体目标：到${year + 2}年，全镇${w.name}水平明显提升，群众满意度进一步提高。`,
          '二、主要任务：加强基础设施建设，完善公共服务体系，推进重点项目落地。',
          '三、保障措施：加强组织领导，落实资金保障，强化督查考核，及时向社会公开进展情况。',
        ],
        w.topic,
        '规划',
      );
    }
    case '计划总结类信息': {
      const t = r.pick([
        `${TOWN}${year}年上半年工作总结`,
        `${TOWN}${year}年${w.name}工作计划`,
        `${TOWN}${year}年${w.name}工作总结`,
        `${TOWN}${year}年财政预算情况`,
        `${TOWN}${year - 1}年财政决算情况`,
      ]);
      return text(
        t,
        [
          `${year}年，${TOWN}在县委、县政府的正确领导下，紧紧围绕全年目标任务，扎实推进${w.name}等各项工作。`,
          `一、主要工作情况。全镇完成各项任务指标，${w.name}工作取得新成效。`,
          '二、存在问题。工作发展还不平衡，部分村基础设施仍较薄弱。',
          '三、下一步工作打算。继续加大工作力度，确保各项工作任务全面完成。',
        ],
        w.topic,
        '报告',
      );
    }
    case '公共告示类信息': {
      const a = ofYear(r.pick(ANNOUNCEMENTS), day);
      return text(
        `${TOWN_GOV}关于${a}的公告`,
        [
          `为做好${a}工作，现将有关事项公告如下：`,
          '一、各村（居）委会要做好宣传发动，确保群众知晓。二、有关单位要落实责任，加强巡查。',
          `特此公告。${TOWN_GOV}，${chineseDate(day)}。`,
        ],
        '综合政务',
        '公告',
      );
    }
    case '政务动态类信息':
      return townNews(r, day);
    case '规章制度类信息': {
      const t = r.pick([
        `${TOWN}${w.name}工作制度`,
        `${TOWN}${w.name}工作责任制`,
        `${TOWN}机关${r.pick(['考勤', '值班', '公文处理', '财务管理', '车辆管理'])}制度`,
      ]);
      return text(
        t,
        [
          `为规范机关管理，提高工作效率，结合我镇实际，制定本制度。`,
          '一、各单位应当按照职责分工做好本职工作，严格执行请示报告制度。',
          '二、建立工作台账，实行定期检查和通报制度。',
          '三、本制度自印发之日起执行，由镇党政办负责解释。',
        ],
        w.topic,
        '规定',
      );
    }
    default: {
      const t = r.pick([
        `${TOWN}${w.name}工作情况`,
        `${TOWN}${w.name}政策问答`,
        `${TOWN}便民服务指引`,
        `${TOWN}${year}年${w.name}有关情况说明`,
      ]);
      return text(
        t,
        [
          `为方便群众了解${w.name}有关政策，现将有关情况公开如下。`,
          `一、办理地点：${TOWN}便民服务中心。二、咨询电话：0753-4461001。三、办理时间：周一至周五（法定节假日除外）。`,
        ],
        w.topic,
        '其他',
      );
    }
  }
}

/** Random text for generated bench data, any kind. */
export function anyText(r: Random, day: string): GeneratedText {
  const kind = r.int(0, 3);
  return kind === 0
    ? townNews(r, day)
    : kind === 1
      ? villageNews(r, day)
      : kind === 2
        ? departmentNews(r, day)
        : noticeNews(r, day);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}
