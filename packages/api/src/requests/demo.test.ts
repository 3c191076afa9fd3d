import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixtures.js';
import { testDialects } from '../testing/test-dialects.js';
import { seedDemoRequests } from './demo.js';

describe.each(testDialects())('demo request cases on $name', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(await dialect.open(), '2026-11-27T02:00:00.000Z');
  });
  afterAll(async () => {
    await f.destroy();
  });

  it('shows the desk in every state, one case overdue', async () => {
    expect(await seedDemoRequests(f.deps, f.a.slug)).toBe(5);
    const officer = f.caller('a.requests').requests;
    const { items } = await officer.list({ view: 'all' });
    expect(new Set(items.map((c) => c.state))).toEqual(
      new Set(['pending_receipt', 'running', 'awaiting_supplement', 'closed']),
    );
    expect(items.filter((c) => c.due === 'overdue')).toHaveLength(1);
    const closed = items.find((c) => c.state === 'closed')!;
    expect((await officer.get({ id: closed.id })).files.map((x) => x.kindLabel)).toEqual(['答复书']);
  });
});
