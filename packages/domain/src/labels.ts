/**
 * Official labels of the disclosure catalogue (disclosure-rules §6). They are stored verbatim in
 * the database and shown verbatim in the UI, so the label *is* the value.
 */

/** 有效性 */
export const VALIDITIES = ['有效', '已修改', '已废止', '失效'] as const;
export type Validity = (typeof VALIDITIES)[number];

/** 公开方式 */
export const DISCLOSURE_MODES = ['主动公开', '依申请公开', '不予公开'] as const;
export type DisclosureMode = (typeof DISCLOSURE_MODES)[number];

/** 公开时限 */
export const TIME_LIMITS = ['长期公开', '常年公开', '限时公开'] as const;
export type TimeLimit = (typeof TIME_LIMITS)[number];

/** Kinds of organization: an agency (机关), one of its departments (部门), a village (村). */
export const ORG_KINDS = ['机关', '部门', '村'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** 主题分类: the national topic list used by government disclosure catalogues. */
export const TOPICS = [
  '综合政务',
  '国民经济管理、国有资产监管',
  '财政、金融、审计',
  '国土资源、能源',
  '农业、林业、水利',
  '工业、交通',
  '商贸、海关、旅游',
  '市场监管、安全生产监管',
  '城乡建设、环境保护',
  '科技、教育',
  '文化、广电、新闻出版',
  '卫生、体育',
  '人口与计划生育、妇女儿童工作',
  '劳动、人事、监察',
  '公安、安全、司法',
  '民政、扶贫、救灾',
  '民族、宗教',
  '对外事务',
  '港澳台侨工作',
  '国防',
  '其他',
] as const;
export type Topic = (typeof TOPICS)[number];

/** 体裁分类: official document genres (党政机关公文 kinds plus common catalogue genres). */
export const GENRES = [
  '命令（令）',
  '决定',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '函',
  '纪要',
  '议案',
  '决议',
  '公报',
  '规划',
  '方案',
  '办法',
  '细则',
  '规定',
  '其他',
] as const;
export type Genre = (typeof GENRES)[number];

/** The eight proactive-disclosure categories named in the founding 2015 report. */
export const DEFAULT_CATEGORIES = [
  '概况信息',
  '机构职能信息',
  '发展规划类信息',
  '计划总结类信息',
  '公共告示类信息',
  '政务动态类信息',
  '规章制度类信息',
  '其它类信息',
] as const;

/** Website columns seeded for a new organization; slugs are stable URL parts. */
export const DEFAULT_COLUMNS: readonly { readonly slug: string; readonly name: string }[] = [
  { slug: 'zwdt', name: '政务动态' },
  { slug: 'zcxx', name: '镇村信息' },
  { slug: 'bmdt', name: '部门动态' },
  { slug: 'gsgg', name: '公示公告' },
  { slug: 'gfxwj', name: '规范性文件' },
  { slug: 'zcjd', name: '政策解读' },
  { slug: 'gzyd', name: '年度工作要点' },
  { slug: 'yjya', name: '应急预案' },
  { slug: 'ndbg', name: '年度报告' },
];

/** Type guard for a closed label list, for parsing values read back from storage. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
