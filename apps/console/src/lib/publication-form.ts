import type { PublicationInput, StaffPublication } from './api-types.js';

/**
 * The editor's fields as the form holds them (strings, checkbox states), so a failed save can
 * refill exactly what was typed. Names equal the API's `PublicationInput` keys, so the API's
 * field errors land beside the right fields.
 */
export type PublicationFormValues = {
  title: string;
  summary: string;
  writtenDate: string;
  issuingBody: string;
  docNumber: string;
  topic: string;
  genre: string;
  validity: string;
  disclosureMode: string;
  timeLimit: string;
  categoryId: string;
  columnIds: number[];
  isNormative: boolean;
  interpretsId: string;
  bodyHtml: string;
};

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

export function readPublicationForm(form: FormData): PublicationFormValues {
  return {
    title: text(form, 'title').trim(),
    summary: text(form, 'summary').trim(),
    writtenDate: text(form, 'writtenDate').trim(),
    issuingBody: text(form, 'issuingBody').trim(),
    docNumber: text(form, 'docNumber').trim(),
    topic: text(form, 'topic'),
    genre: text(form, 'genre'),
    validity: text(form, 'validity'),
    disclosureMode: text(form, 'disclosureMode'),
    timeLimit: text(form, 'timeLimit'),
    categoryId: text(form, 'categoryId'),
    columnIds: form
      .getAll('columnIds')
      .map((v) => Number(v))
      .filter((n) => Number.isSafeInteger(n) && n > 0),
    isNormative: form.get('isNormative') !== null,
    interpretsId: text(form, 'interpretsId'),
    bodyHtml: text(form, 'bodyHtml'),
  };
}

function optionalId(s: string): number | null {
  return /^\d+$/.test(s) && Number(s) > 0 ? Number(s) : null;
}

/**
 * The API input. Labels (topic, genre, …) pass as typed; checking them against the domain lists
 * is the API's job, so its messages come back beside the fields. Cleared optional values are
 * sent as null so an update can remove a category or a date.
 */
export function toPublicationInput(v: PublicationFormValues): PublicationInput {
  return {
    title: v.title,
    summary: v.summary,
    writtenDate: v.writtenDate || null,
    issuingBody: v.issuingBody,
    docNumber: v.docNumber,
    topic: v.topic,
    genre: v.genre,
    validity: v.validity || undefined,
    disclosureMode: v.disclosureMode,
    timeLimit: v.timeLimit,
    categoryId: optionalId(v.categoryId),
    columnIds: v.columnIds,
    isNormative: v.isNormative,
    interpretsId: optionalId(v.interpretsId),
    bodyHtml: v.bodyHtml,
  } as PublicationInput;
}

/** Values of a new draft: the organization's name as 发布机构, the usual defaults of a catalogue. */
export function blankPublicationValues(issuingBody: string): PublicationFormValues {
  return {
    title: '',
    summary: '',
    writtenDate: '',
    issuingBody,
    docNumber: '',
    topic: '',
    genre: '',
    validity: '有效',
    disclosureMode: '主动公开',
    timeLimit: '长期公开',
    categoryId: '',
    columnIds: [],
    isNormative: false,
    interpretsId: '',
    bodyHtml: '',
  };
}

export function publicationValues(p: StaffPublication): PublicationFormValues {
  return {
    title: p.title ?? '',
    summary: p.summary ?? '',
    writtenDate: p.writtenDate ?? '',
    issuingBody: p.issuingBody ?? '',
    docNumber: p.docNumber ?? '',
    topic: p.topic ?? '',
    genre: p.genre ?? '',
    validity: p.validity ?? '',
    disclosureMode: p.disclosureMode ?? '',
    timeLimit: p.timeLimit ?? '',
    categoryId: p.categoryId == null ? '' : String(p.categoryId),
    columnIds: [...(p.columnIds ?? [])],
    isNormative: Boolean(p.isNormative),
    interpretsId: p.interprets ? String(p.interprets.id) : '',
    bodyHtml: p.bodyHtml ?? '',
  };
}
