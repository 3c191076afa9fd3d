/**
 * The annual report's data model (rules §5, decisions.md "Report"). A report version stores three
 * things — the records snapshot, the staff-entered figures and the narrative — and the document
 * (sections, tables, bound figures) is always rebuilt from them, so HTML, Word and JSON show the
 * same numbers.
 */
import type { AppealKind, AppealResult } from '../requests/labels.js';
import type { ApplicantCategory, OutcomeCode } from '../requests/outcomes.js';

/** 2021 format (2021 onward), 2019 trial format (2019–2020), free-form 2007 structure (earlier). */
export type ReportFormat = '2021' | '2019' | '2007';

export type ByApplicant = Record<ApplicantCategory, number>;

export interface NamedCount {
  /** Category id (as a string) or column slug. */
  readonly key: string;
  readonly name: string;
  readonly count: number;
}

/** 规章 or 行政规范性文件 for one year. */
export interface NormativeCounts {
  /** 本年制发件数 / 本年新制作数量: 成文日期 (else 发布日期) in the year. */
  readonly issued: number;
  /** 本年新公开数量: published in the year. */
  readonly published: number;
  /** 本年废止件数: a 已废止 or 失效 change effective in the year. */
  readonly repealed: number;
  /** 现行有效件数 / 对外公开总数量: issued by year end and not repealed or expired by then. */
  readonly inForce: number;
}

/** Everything a report needs from one organization's records for one year (db aggregates). */
export interface ReportRecords {
  readonly year: number;
  readonly publications: {
    /** Catalogue items (category set) published in the year: 主动公开信息数. */
    readonly catalogue: number;
    /** Of those, items with a 文号: 主动公开文件数. */
    readonly documents: number;
    /** Of those, 规范性文件. */
    readonly normative: number;
    /** Per top-level catalogue category (sub-categories counted in their parent), in tree order. */
    readonly byCategory: readonly NamedCount[];
    /** Per site column (every item in the column published in the year), in column order. */
    readonly byColumn: readonly NamedCount[];
  };
  /** Page views of the organization's items on days of the year (点击率). */
  readonly views: number;
  /** 规章 are normative items of genre 命令（令）; every other normative item is 行政规范性文件. */
  readonly normative: { readonly rules: NormativeCounts; readonly documents: NormativeCounts };
  readonly requests: {
    /** 本年新收: received_on in the year. */
    readonly received: ByApplicant;
    /** 上年结转: received before the year, not closed before it. */
    readonly carriedOver: ByApplicant;
    /** 本年度办理结果: closed in the year, by outcome. */
    readonly outcomes: Readonly<Record<OutcomeCode, ByApplicant>>;
    /** 结转下年度继续办理: received by year end, not closed by then. */
    readonly carriedForward: ByApplicant;
  };
  /** Appeals filed in the year, by kind and current result. */
  readonly appeals: Readonly<Record<AppealKind, Readonly<Record<AppealResult, number>>>>;
  /** 信息处理费 paid in the year under 国办函〔2020〕109号, in 元. */
  readonly feesCollected: number;
  readonly participation: {
    readonly consultations: number;
    readonly comments: number;
    readonly messages: number;
    readonly messagesReplied: number;
    readonly hotlineCalls: number;
  };
}

/** What a number stands for in the records: the list a console click opens. */
export type TraceRef =
  | {
      readonly kind: 'requests';
      readonly set: 'received' | 'carriedOver' | 'closed' | 'carriedForward';
      /** null: every applicant category. */
      readonly category: ApplicantCategory | null;
      /** Only for set 'closed'; null: every outcome. */
      readonly outcome: OutcomeCode | null;
    }
  | { readonly kind: 'appeals'; readonly appealKind: AppealKind; readonly result: AppealResult | null }
  | {
      readonly kind: 'publications';
      readonly set: 'catalogue' | 'documents' | 'normative' | 'category' | 'column';
      /** Category id (as a string) or column slug for those sets. */
      readonly key?: string;
    }
  | {
      readonly kind: 'normative';
      readonly tier: 'rules' | 'documents';
      readonly set: 'issued' | 'published' | 'repealed' | 'inForce';
    }
  | { readonly kind: 'views' }
  | {
      readonly kind: 'participation';
      readonly set: 'consultations' | 'comments' | 'messages' | 'messagesReplied' | 'hotlineCalls';
    }
  | { readonly kind: 'fees' };

/** A figure the narrative can bind to with {{name}}. */
export interface Figure {
  /** Stable key, e.g. "ov.catalogue", "ov.column.zwdt". */
  readonly key: string;
  /** The placeholder name staff type: {{主动公开信息数}}. */
  readonly name: string;
  readonly value: number;
  /** 条, 件, 次, 人次, 万人次, 元 … */
  readonly unit: string;
  readonly trace: TraceRef | null;
}

export interface HeaderCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export interface TableCell {
  /** Stable key, e.g. "t3.received.自然人", "t4.review.total", "t2.licensing.decisions". */
  readonly key: string;
  /** null: a staff-entered figure not filled in yet. */
  readonly value: number | null;
  /** records: counted from the platform's records; manual: entered by staff; sum: computed from other cells. */
  readonly source: 'records' | 'manual' | 'sum';
  readonly trace: TraceRef | null;
}

export interface TableRow {
  /** Row-header cells (merged across rows or columns where the official table merges them). */
  readonly labels: readonly HeaderCell[];
  readonly cells: readonly TableCell[];
}

export interface ReportTable {
  /** 't2-normative', 't2-decisions', 't2-fees', 't2-services', 't2-procurement', 't3', 't4'. */
  readonly id: string;
  /** A caption where a section has several tables; '' otherwise. */
  readonly caption: string;
  readonly head: readonly (readonly HeaderCell[])[];
  readonly rows: readonly TableRow[];
  /** The 勾稽关系 note printed under the table; '' if none. */
  readonly note: string;
}

/** Figures staff enter until the platform records them (decisions.md "Report"). */
export interface ManualField {
  /** The cell key it fills, e.g. "t2.licensing.decisions". */
  readonly key: string;
  /** Where it sits: "行政许可 · 本年处理决定数量". */
  readonly label: string;
  readonly unit: string;
  /** Amounts (万元) take up to four decimals; counts are whole numbers and may be negative only for 本年增/减. */
  readonly kind: 'count' | 'change' | 'amount';
}

export type ManualValues = Readonly<Record<string, { readonly value: number | null; readonly note: string }>>;

/** Narrative sections staff edit; the ids depend on the format (see narrative.ts). */
export type Narrative = Readonly<Record<string, string>>;

export interface ReportSection {
  /** "一、总体情况". */
  readonly heading: string;
  /** Narrative with placeholders filled in, one string per paragraph. */
  readonly paragraphs: readonly string[];
  readonly tables: readonly ReportTable[];
}

export interface ReportDocument {
  /** "棉洋镇人民政府2015年政府信息公开工作年度报告". */
  readonly title: string;
  readonly organizationName: string;
  readonly year: number;
  readonly format: ReportFormat;
  /** Paragraphs before the first section (the free-form structure opens with one). */
  readonly intro: readonly string[];
  readonly sections: readonly ReportSection[];
  readonly figures: readonly Figure[];
}

/** One failure of the pre-publication check; any failure blocks publication. */
export interface ReportProblem {
  /** balance: a 勾稽关系; records: differs from the records now; narrative; manual: a staff figure missing. */
  readonly kind: 'balance' | 'records' | 'narrative' | 'manual' | 'format';
  readonly message: string;
  /** The cell or figure concerned, or the narrative section id. */
  readonly key?: string;
}

/** One difference between two versions (or between a version and the records now). */
export interface ReportChange {
  readonly key: string;
  /** "表三 · 一、本年新收政府信息公开申请数量 · 自然人", "总体情况", … */
  readonly label: string;
  readonly from: string;
  readonly to: string;
}
