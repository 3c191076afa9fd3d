import type { Kysely } from 'kysely';
import { letterTemplatesRepo, organizationsRepo, type Database } from '@gongkai/db';
import { DEFAULT_TEMPLATES, type LetterTemplate } from './default-templates.js';
import { renderLetter } from './docx.js';
import { fillTemplate } from './fill.js';
import { LETTER_KINDS, type LetterKind, type LetterValues } from './kinds.js';

export interface OrgTemplate extends LetterTemplate {
  /** Whether the organization saved its own wording (else the default applies). */
  customized: boolean;
}

/** A saved row as a template, or the default when there is none. */
const templateOf = (kind: LetterKind, row: LetterTemplate | undefined): OrgTemplate =>
  row ? { title: row.title, body: row.body, customized: true } : { ...DEFAULT_TEMPLATES[kind], customized: false };

/** The organization's template of `kind`, or the default when it has not saved one. */
export async function templateFor(q: Kysely<Database>, organizationId: number, kind: LetterKind): Promise<OrgTemplate> {
  return templateOf(kind, await letterTemplatesRepo.find(q, organizationId, kind));
}

/** The organization's template of every kind, in `LETTER_KINDS` order. */
export async function allTemplatesFor(
  q: Kysely<Database>,
  organizationId: number,
): Promise<{ kind: LetterKind; template: OrgTemplate }[]> {
  const saved = new Map((await letterTemplatesRepo.listForOrg(q, organizationId)).map((r) => [r.kind, r]));
  return LETTER_KINDS.map((kind) => ({ kind, template: templateOf(kind, saved.get(kind)) }));
}

export interface GenerateLetterInput {
  organizationId: number;
  kind: LetterKind;
  /** `机关名称` defaults to the organization's name. */
  values: LetterValues;
}

export interface GeneratedLetter {
  /** The filled title, e.g. for the case file's title. */
  title: string;
  /** The .docx bytes. */
  bytes: Uint8Array;
}

/** A request letter from the organization's template of `kind`, filled with `values`. */
export async function generateLetter(q: Kysely<Database>, input: GenerateLetterInput): Promise<GeneratedLetter> {
  const template = await templateFor(q, input.organizationId, input.kind);
  const org = await organizationsRepo.findById(q, input.organizationId);
  const values: LetterValues = { 机关名称: org?.name, ...input.values };
  return {
    title: fillTemplate(template.title, values),
    bytes: await renderLetter({ kind: input.kind, title: template.title, body: template.body, values }),
  };
}
