import { letterTemplatesRepo } from '@gongkai/db';
import { hasRole, type Role } from '@gongkai/domain';
import { appendAudit } from '../audit.js';
import { actorOf, orgIdOf } from '../authz.js';
import { allTemplatesFor, LETTER_KIND_LABELS, placeholdersFor } from '../requests/letters/index.js';
import { letterTemplateKindInput, letterTemplateSaveInput } from '../schemas/letter-templates.js';
import { requireRoles, router } from '../trpc.js';
import { inTx } from '../tx.js';

// Audit entries name the template by its kind: a reset deletes the row, the kind stays.

/** Those who word the organization's letters; the officers who send them may read them. */
const EDITORS = ['org_admin', 'office_head'] as const satisfies readonly Role[];
const READERS = ['request_officer', ...EDITORS] as const satisfies readonly Role[];

export const letterTemplatesRouter = router({
  list: requireRoles(...READERS).query(async ({ ctx }) => {
    const editable = hasRole(ctx.user, ...EDITORS);
    return (await allTemplatesFor(ctx.deps.db.db, orgIdOf(ctx.user))).map(({ kind, template }) => ({
      kind,
      kindLabel: LETTER_KIND_LABELS[kind],
      title: template.title,
      body: template.body,
      placeholders: placeholdersFor(kind),
      customized: template.customized,
      /** Whether this user may save and reset it. */
      editable,
    }));
  }),

  save: requireRoles(...EDITORS)
    .input(letterTemplateSaveInput)
    .mutation(async ({ ctx, input }) => {
      const organizationId = orgIdOf(ctx.user);
      const at = ctx.deps.clock().toISOString();
      await inTx(ctx.deps, async (trx) => {
        await letterTemplatesRepo.save(trx, {
          organizationId,
          kind: input.kind,
          title: input.title,
          body: input.body,
          updatedBy: ctx.user.id,
          updatedAt: at,
        });
        await appendAudit(trx, {
          at,
          actor: actorOf(ctx.user),
          organizationId,
          action: 'letter_template.save',
          entityType: 'letter_template',
          entityId: input.kind,
          summary: `修改文书模板“${LETTER_KIND_LABELS[input.kind]}”`,
          detail: { kind: input.kind, title: input.title },
        });
      });
      return { ok: true as const };
    }),

  /** Back to the built-in wording; resetting a template that was never changed changes nothing. */
  reset: requireRoles(...EDITORS)
    .input(letterTemplateKindInput)
    .mutation(async ({ ctx, input }) => {
      const organizationId = orgIdOf(ctx.user);
      const at = ctx.deps.clock().toISOString();
      await inTx(ctx.deps, async (trx) => {
        if (!(await letterTemplatesRepo.remove(trx, organizationId, input.kind))) return;
        await appendAudit(trx, {
          at,
          actor: actorOf(ctx.user),
          organizationId,
          action: 'letter_template.reset',
          entityType: 'letter_template',
          entityId: input.kind,
          summary: `恢复默认文书模板“${LETTER_KIND_LABELS[input.kind]}”`,
          detail: { kind: input.kind },
        });
      });
      return { ok: true as const };
    }),
});
