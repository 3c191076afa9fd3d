import { describe, expect, it } from 'vitest';
import { formFields, int, optionalInt } from './form-fields.js';

describe('form fields', () => {
  it('keeps the first value of each text field', async () => {
    const body = new FormData();
    body.append('name', '概况信息');
    body.append('name', 'second');
    body.append('file', new File(['x'], 'a.txt'));
    const request = new Request('http://x/', { method: 'POST', body });
    expect(await formFields(request)).toEqual({ name: '概况信息' });
  });

  it('reads optional ids and sort orders', () => {
    expect(optionalInt('12')).toBe(12);
    expect(optionalInt('')).toBeNull();
    expect(optionalInt('0')).toBeNull();
    expect(int('')).toBe(0);
    expect(int(' -3 ')).toBe(-3);
    expect(int('abc')).toBeNaN();
  });
});
