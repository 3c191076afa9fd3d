/** Request letters (依申请公开文书): kinds, default wording, filling and Word output. */
export {
  LETTER_KINDS,
  LETTER_KIND_LABELS,
  PLACEHOLDER_LABELS,
  placeholdersFor,
  type LetterKind,
  type LetterValues,
  type Placeholder,
  type PlaceholderKey,
} from './kinds.js';
export { DEFAULT_TEMPLATES, type LetterTemplate } from './default-templates.js';
export { BLANK, fillTemplate, unknownPlaceholders } from './fill.js';
export { renderLetter, type LetterInput } from './docx.js';
export {
  allTemplatesFor,
  generateLetter,
  templateFor,
  type GenerateLetterInput,
  type GeneratedLetter,
  type OrgTemplate,
} from './templates.js';
