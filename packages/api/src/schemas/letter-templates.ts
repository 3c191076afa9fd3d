import { z } from 'zod';
import { LETTER_KINDS } from '../requests/letters/kinds.js';
import { unknownPlaceholders } from '../requests/letters/fill.js';
import { oneOf, requiredText } from './common.js';

const kind = oneOf('文书类型', LETTER_KINDS);

/** Text areas post CRLF; bodies are stored with plain line feeds. */
const body = requiredText('文书正文', 10_000).transform((s) => s.replace(/\r\n?/g, '\n'));

export const letterTemplateSaveInput = z
  .object({ kind, title: requiredText('文书标题', 100), body })
  .superRefine((input, ctx) => {
    for (const field of ['title', 'body'] as const) {
      const unknown = unknownPlaceholders(input.kind, input[field]);
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `未知的占位符：${unknown.map((k) => `{{${k}}}`).join('、')}`,
        });
      }
    }
  });

export const letterTemplateKindInput = z.object({ kind });
