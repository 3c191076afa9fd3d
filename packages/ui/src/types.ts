/** A link in a navigation bar or a footer list. */
export interface NavItem {
  href: string;
  label: string;
  /** Marks the section the current page belongs to (`aria-current`). */
  current?: boolean;
}

/** One step of a breadcrumb trail; the last step is the current page and has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** The catalogue metadata shown above a document (disclosure-rules §6), labels verbatim. */
export interface DocumentMetadata {
  indexNo: string | null;
  topic: string;
  issuingBody: string;
  writtenDate: string | null;
  title: string;
  docNumber: string;
  publishDate: string | null;
  validity: string;
  genre?: string;
  disclosureMode?: string;
  timeLimit?: string;
}

/** A dated change of 有效性 (what changed and when it took effect). */
export interface ValidityChange {
  validity: string;
  effectiveDate: string;
  note: string;
}
