// @ts-check
import { describe, expect, it } from 'vitest';
import { ViewBuffer } from './view-buffer.js';

describe('ViewBuffer', () => {
  it('sums views per publication and drains them', () => {
    const views = new ViewBuffer();
    views.add(1);
    views.add(1);
    views.add(2, 5);
    expect(views.drain()).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 5 },
    ]);
    expect(views.size).toBe(0);
  });

  it('takes back a batch that could not be sent', () => {
    const views = new ViewBuffer();
    views.add(1);
    views.restore([{ id: 1, n: 3 }]);
    expect(views.drain()).toEqual([{ id: 1, n: 4 }]);
  });
});
