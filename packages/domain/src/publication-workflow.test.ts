import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  decide,
  PUBLICATION_ACTIONS,
  PUBLICATION_STATUSES,
  SCHEDULER_ACTOR,
  STATUS_LABELS,
  type Actor,
  type PublicationAction,
  type PublicationState,
  type PublicationStatus,
} from './publication-workflow.js';
import type { Role } from './roles.js';

const author: Actor = { id: 1, roles: ['editor'] };
const otherEditor: Actor = { id: 5, roles: ['editor'] };
const reviewer: Actor = { id: 2, roles: ['reviewer'] };
const publisher: Actor = { id: 3, roles: ['publisher'] };
const allRounder: Actor = { id: 4, roles: ['editor', 'reviewer', 'publisher'] };

const pub = (status: PublicationStatus, extra: Partial<PublicationState> = {}): PublicationState => ({
  status,
  authorId: author.id,
  piiHitsLeft: 0,
  ...extra,
});

describe('publication workflow', () => {
  it('given a draft, when its author submits, then it is submitted', () => {
    expect(decide('submit', pub('draft'), author)).toEqual({ ok: true, next: 'submitted' });
  });

  it('given a draft, when another editor submits it, then it is refused: only the author submits', () => {
    expect(decide('submit', pub('draft'), otherEditor)).toMatchObject({ ok: false, code: 'not_author' });
  });

  it('given a submitted item, when its author (also a reviewer) approves, then it is refused', () => {
    const result = decide('approve', pub('submitted', { authorId: allRounder.id }), allRounder);
    expect(result).toEqual({ ok: false, code: 'own_work', message: '不能审核自己提交的信息' });
  });

  it('given a submitted item, when the author returns it, then it is refused as own work', () => {
    const result = decide('return', pub('submitted', { authorId: allRounder.id, comment: '改' }), allRounder);
    expect(result).toMatchObject({ ok: false, code: 'own_work' });
  });

  it('given PII hits left, when a reviewer approves without a justification, then it is refused', () => {
    expect(decide('approve', pub('submitted', { piiHitsLeft: 2, justification: '  ' }), reviewer)).toEqual({
      ok: false,
      code: 'justification_required',
      message: '存在未处理的个人信息，批准前须填写理由',
    });
  });

  it('given PII hits left, when a reviewer approves with a justification, then it is approved', () => {
    const result = decide(
      'approve',
      pub('submitted', { piiHitsLeft: 2, justification: '公示名单依法须公开' }),
      reviewer,
    );
    expect(result).toEqual({ ok: true, next: 'approved' });
  });

  it('given a submitted item, when a reviewer returns it without a comment, then it is refused', () => {
    expect(decide('return', pub('submitted'), reviewer)).toMatchObject({ ok: false, code: 'comment_required' });
    expect(decide('return', pub('submitted', { comment: '请补充附件' }), reviewer)).toEqual({
      ok: true,
      next: 'returned',
    });
  });

  it('given a returned item, when an editor edits and the author resubmits, then it is submitted again', () => {
    expect(decide('edit', pub('returned'), otherEditor)).toEqual({ ok: true, next: 'returned' });
    expect(decide('submit', pub('returned'), author)).toEqual({ ok: true, next: 'submitted' });
  });

  it('given an approved item, when a publisher publishes or schedules, then it is published or scheduled', () => {
    expect(decide('publish', pub('approved'), publisher)).toEqual({ ok: true, next: 'published' });
    expect(decide('schedule', pub('approved'), publisher)).toEqual({ ok: true, next: 'scheduled' });
    expect(decide('publish', pub('approved'), reviewer)).toMatchObject({ ok: false, code: 'missing_role' });
  });

  it('given a scheduled item, when unscheduled it is approved again, and the scheduler can publish it', () => {
    expect(decide('unschedule', pub('scheduled'), publisher)).toEqual({ ok: true, next: 'approved' });
    expect(decide('publish', pub('scheduled'), SCHEDULER_ACTOR)).toEqual({ ok: true, next: 'published' });
  });

  it('given a published item, when withdrawn without a reason, then it is refused; with one, withdrawn', () => {
    expect(decide('withdraw', pub('published'), publisher)).toMatchObject({ ok: false, code: 'reason_required' });
    expect(decide('withdraw', pub('published', { reason: '内容有误' }), publisher)).toEqual({
      ok: true,
      next: 'withdrawn',
    });
  });

  it('given a published item, when amended or its validity changed, then it stays published', () => {
    expect(decide('amend', pub('published'), publisher)).toEqual({ ok: true, next: 'published' });
    expect(decide('changeValidity', pub('published'), publisher)).toEqual({ ok: true, next: 'published' });
    expect(decide('amend', pub('published', { piiHitsLeft: 1 }), publisher)).toMatchObject({
      ok: false,
      code: 'justification_required',
    });
    expect(decide('changeValidity', pub('approved'), publisher)).toMatchObject({ ok: false, code: 'wrong_status' });
  });

  it('given a submitted item, when an editor tries to edit or delete it, then it is refused with the status named', () => {
    const result = decide('edit', pub('submitted'), author);
    expect(result).toEqual({
      ok: false,
      code: 'wrong_status',
      message: `当前状态为“${STATUS_LABELS.submitted}”，不能编辑`,
    });
    expect(decide('delete', pub('submitted'), author)).toMatchObject({ ok: false, code: 'wrong_status' });
    expect(decide('delete', pub('draft'), author)).toEqual({ ok: true, next: 'draft' });
  });

  it('allowedActions lists what the actor may start', () => {
    expect(allowedActions(pub('draft'), author)).toEqual(['edit', 'submit', 'delete']);
    expect(allowedActions(pub('draft'), otherEditor)).toEqual(['edit', 'delete']);
    expect(allowedActions(pub('submitted'), reviewer)).toEqual(['approve', 'return']);
    expect(allowedActions(pub('submitted', { authorId: allRounder.id }), allRounder)).toEqual([]);
    expect(allowedActions(pub('published'), publisher)).toEqual(['amend', 'withdraw', 'changeValidity']);
    expect(allowedActions(pub('withdrawn'), allRounder)).toEqual([]);
  });
});

/*
 * Model-based test: the model is the workflow written as a plain table (status → action → next
 * status) plus the role and authorship rules; random command sequences by random actors must get
 * the same answers from `decide` as from the table, and `allowedActions` must agree with `decide`.
 */

const TABLE: Record<PublicationStatus, Partial<Record<PublicationAction, PublicationStatus>>> = {
  draft: { edit: 'draft', submit: 'submitted', delete: 'draft' },
  submitted: { approve: 'approved', return: 'returned' },
  returned: { edit: 'returned', submit: 'submitted' },
  approved: { publish: 'published', schedule: 'scheduled' },
  scheduled: { publish: 'published', schedule: 'scheduled', unschedule: 'approved' },
  published: { amend: 'published', changeValidity: 'published', withdraw: 'withdrawn' },
  withdrawn: {},
};
const ROLE_FOR: Record<PublicationAction, Role> = {
  edit: 'editor',
  submit: 'editor',
  delete: 'editor',
  approve: 'reviewer',
  return: 'reviewer',
  publish: 'publisher',
  schedule: 'publisher',
  unschedule: 'publisher',
  amend: 'publisher',
  withdraw: 'publisher',
  changeValidity: 'publisher',
};

interface Model {
  status: PublicationStatus;
  authorId: number;
  piiHitsLeft: number;
  deleted: boolean;
  everPublished: boolean;
}
interface Real {
  pub: PublicationState;
}
interface Attempt {
  action: PublicationAction;
  actor: Actor;
  piiHitsLeft: number;
  text: string;
}

function expected(m: Model, a: Attempt): PublicationStatus | null {
  const next = TABLE[m.status][a.action];
  if (next === undefined || !a.actor.roles.includes(ROLE_FOR[a.action])) return null;
  if (a.action === 'submit' && a.actor.id !== m.authorId) return null;
  if ((a.action === 'approve' || a.action === 'return') && a.actor.id === m.authorId) return null;
  const needsText =
    a.action === 'return' ||
    a.action === 'withdraw' ||
    ((a.action === 'approve' || a.action === 'amend') && a.piiHitsLeft > 0);
  if (needsText && a.text.trim() === '') return null;
  return next;
}

class AttemptCommand implements fc.Command<Model, Real> {
  constructor(readonly a: Attempt) {}
  check(m: Readonly<Model>): boolean {
    return !m.deleted;
  }
  run(m: Model, r: Real): void {
    r.pub = {
      ...r.pub,
      piiHitsLeft: this.a.piiHitsLeft,
      justification: this.a.text,
      comment: this.a.text,
      reason: this.a.text,
    };
    const decision = decide(this.a.action, r.pub, this.a.actor);
    const want = expected({ ...m, piiHitsLeft: this.a.piiHitsLeft }, this.a);
    expect(decision.ok ? decision.next : null).toBe(want);
    if (!decision.ok) expect(decision.message).toMatch(/[\u4e00-\u9fff]/);
    // What the UI offers is exactly what decide would allow once the inputs are filled in.
    const filled = { ...r.pub, justification: '理由', comment: '意见', reason: '理由' };
    expect(allowedActions(r.pub, this.a.actor)).toEqual(
      PUBLICATION_ACTIONS.filter((act) => decide(act, filled, this.a.actor).ok),
    );
    if (!decision.ok) return;
    if (this.a.action === 'delete') {
      expect(m.everPublished).toBe(false);
      m.deleted = true;
    }
    m.status = decision.next;
    m.everPublished ||= decision.next === 'published';
    r.pub = { ...r.pub, status: decision.next };
  }
  toString(): string {
    return `${this.a.action} by ${this.a.actor.id}[${this.a.actor.roles.join(',')}] pii=${this.a.piiHitsLeft} text=${JSON.stringify(this.a.text)}`;
  }
}

const actorArb: fc.Arbitrary<Actor> = fc.record({
  id: fc.integer({ min: 1, max: 3 }),
  roles: fc.subarray<Role>(['editor', 'reviewer', 'publisher', 'request_officer']),
});
const attemptArb = fc
  .record({
    action: fc.constantFrom(...PUBLICATION_ACTIONS),
    actor: actorArb,
    piiHitsLeft: fc.constantFrom(0, 0, 1, 3),
    text: fc.constantFrom('', ' ', '已核实'),
  })
  .map((a) => new AttemptCommand(a));

describe('publication workflow model', () => {
  it('agrees with the transition table for any sequence of attempts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.commands([attemptArb], { maxCommands: 60 }), (authorId, cmds) => {
        const model: Model = { status: 'draft', authorId, piiHitsLeft: 0, deleted: false, everPublished: false };
        const real: Real = { pub: { status: 'draft', authorId, piiHitsLeft: 0 } };
        fc.modelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 300 },
    );
  });

  it('the model table covers every status', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...PUBLICATION_STATUSES].sort());
  });
});
