import { describe, expect, it } from 'vitest';
import { regimeFor } from './regime.js';

describe('regimeFor', () => {
  it('switches to the 2019 条例 on 2019-05-15', () => {
    expect(regimeFor('2019-05-14')).toMatchObject({ name: '2007条例', answerDays: 15, maxExtensionDays: 15 });
    expect(regimeFor('2019-05-15')).toMatchObject({ name: '2019条例', answerDays: 20, maxExtensionDays: 20 });
    expect(regimeFor('2015-10-08').decree).toBe('国务院令第492号');
    expect(regimeFor('2026-01-05').effective).toBe('2019-05-15');
  });
});
