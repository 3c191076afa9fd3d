/**
 * The narrative sections staff edit, per format, and the draft text a first version starts with.
 * Sentences that carry figures bind them with {{名称}} placeholders (decisions.md "Report"); sections
 * whose content only staff know start empty, and the pre-publication check asks for them.
 */
import type { Figure, Narrative, ReportFormat } from './types.js';

export interface NarrativeSection {
  readonly id: string;
  readonly heading: string;
  readonly hint: string;
}

const BOUND = '带数字的句子请用占位符（如 {{主动公开信息数}}）绑定数据，不要手写数字。';

const CURRENT: readonly NarrativeSection[] = [
  {
    id: 'overview',
    heading: '一、总体情况',
    hint: `分（一）主动公开、（二）依申请公开、（三）政府信息管理、（四）平台建设、（五）监督保障五部分填写。${BOUND}`,
  },
  {
    id: 'problems',
    heading: '五、存在的主要问题及改进情况',
    hint: '上一年度年报所列问题的改进情况，本年度存在的主要问题及改进措施。',
  },
  {
    id: 'other',
    heading: '六、其他需要报告的事项',
    hint: `收取信息处理费的情况，以及其他需要报告的事项。${BOUND}`,
  },
];

const HISTORICAL: readonly NarrativeSection[] = [
  { id: 'intro', heading: '开头', hint: `报告开头的说明段落。${BOUND}` },
  { id: 'work', heading: '一、政府信息公开工作推进情况', hint: '组织领导、制度建设、配套设施和重点领域公开情况。' },
  { id: 'proactive', heading: '二、主动公开政府信息情况', hint: `主动公开的类型和数量。${BOUND}` },
  {
    id: 'requests',
    heading: '三、政府信息依申请公开情况及不予公开政府信息的情况',
    hint: `依申请公开的受理和办理情况。${BOUND}`,
  },
  { id: 'fees', heading: '四、依申请政府信息公开收费情况', hint: `收费情况。${BOUND}` },
  { id: 'appeals', heading: '五、申请行政复议、提起行政诉讼情况', hint: `行政复议、行政诉讼情况。${BOUND}` },
  { id: 'plans', heading: '六、存在问题与工作计划', hint: '存在的问题和下一年度的工作计划。' },
];

export function narrativeSections(format: ReportFormat): NarrativeSection[] {
  return [...(format === '2007' ? HISTORICAL : CURRENT)];
}

/** The heading of a section id of any format ('' if unknown): ids are unique across formats. */
export function narrativeHeading(id: string): string {
  return [...CURRENT, ...HISTORICAL].find((s) => s.id === id)?.heading ?? '';
}

const OVERVIEW = [
  '（一）主动公开',
  '{{年份}}年，{{机关名称}}主动公开政府信息{{主动公开信息数}}条，其中文件{{主动公开文件数}}条、规范性文件{{规范性文件数}}条；制发行政规范性文件{{制发规范性文件数}}件，废止{{废止规范性文件数}}件，年末现行有效{{现行有效规范性文件数}}件。门户网站全年点击量{{点击量（万人次）}}万人次。',
  '（二）依申请公开',
  '本年新收政府信息公开申请{{新收申请数}}件，上年结转{{上年结转申请数}}件，本年办结{{办结申请数}}件，结转下年度继续办理{{结转下年度申请数}}件。',
  '（三）政府信息管理',
  '规范性文件统一登记、统一编号、统一公布，修改、废止和失效情况在原文页面标注。',
  '（四）平台建设',
  '本年通过门户网站公开征求意见{{征求意见数}}次，收到意见{{收到意见数}}条；收到网上留言{{留言数}}条，已答复{{已答复留言数}}条；登记热线来电{{热线来电数}}次。',
  '（五）监督保障',
  '本年因政府信息公开工作被申请行政复议{{行政复议数}}件，被提起行政诉讼{{行政诉讼数}}件。',
].join('\n');

/**
 * The founding report's figure sentence, with the organization's columns that had items in the year
 * (known once figures are: without them the column part is left out).
 */
function proactiveSentence(figures: readonly Figure[]): string {
  const columns = figures
    .filter((f) => f.key.startsWith('ov.column.') && f.value > 0)
    .map((f) => `${f.name.slice('栏目:'.length)}{{${f.name}}}条`);
  return [
    '{{年份}}年，{{机关名称}}全年主动公开信息数为{{主动公开信息数}}条，其中主动公开政府信息数为{{主动公开信息数}}条，',
    '主动公开文件数为{{主动公开文件数}}条，规范性文件为{{规范性文件数}}条，制发规范性文件总数为{{制发规范性文件数}}条，',
    '政府网站公开政府信息数为{{主动公开信息数}}条，',
    columns.length > 0 ? `公开${columns.join('，')}，` : '',
    '点击率达{{点击量（万人次）}}万人次。',
  ].join('');
}

/** The draft narrative of a first version; `figures` (reportFigures) lets it name the columns. */
export function defaultNarrative(format: ReportFormat, figures: readonly Figure[] = []): Narrative {
  switch (format) {
    case '2021':
    case '2019':
      return {
        overview: OVERVIEW,
        problems: '',
        other:
          format === '2021'
            ? '本年依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费{{信息处理费}}元。'
            : '本年收取信息处理费{{信息处理费}}元。',
      };
    case '2007':
      return {
        intro: '根据《中华人民共和国政府信息公开条例》的要求，现将{{机关名称}}{{年份}}年政府信息公开工作情况报告如下：',
        work: '',
        proactive: proactiveSentence(figures),
        requests: '{{年份}}年，{{机关名称}}收到政府信息公开申请{{新收申请数}}件，办结{{办结申请数}}件。',
        fees: '{{年份}}年，依申请公开政府信息收取费用{{信息处理费}}元。',
        appeals: '{{年份}}年，因政府信息公开工作被申请行政复议{{行政复议数}}件，被提起行政诉讼{{行政诉讼数}}件。',
        plans: '',
      };
  }
}
