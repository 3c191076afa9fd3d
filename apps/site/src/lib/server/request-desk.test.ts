import { TRPCClientError } from '@trpc/client';
import { describe, expect, it, vi } from 'vitest';
import {
  attachmentDisposition,
  decodeCredentials,
  encodeCredentials,
  fieldOf,
  formFailure,
  readAttachments,
  readBot,
} from './public-form.js';
import { APPLY_FIELDS, readApplication } from './request-desk.js';

function formOf(fields: Record<string, string>, files: File[] = []): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append('attachments', file);
  return form;
}

const person = {
  'person.name': '张三',
  'person.idType': 'resident_id',
  'person.idNumber': '11010519491231002X',
  'person.phone': '13800000000',
  'person.address': '棉洋镇人民路1号',
  'person.email': '',
};
const organization = {
  'organization.name': '某某有限公司',
  'organization.creditCode': '91350100M000100Y43',
  'organization.legalRepresentative': '李四',
  'organization.contactName': '王五',
  'organization.contactPhone': '0753-1234567',
  'organization.address': '棉洋镇工业路2号',
  'organization.email': 'info@example.com',
};
const request = {
  description: '2015年棉洋镇道路建设项目的招标文件',
  docNumberHint: '',
  purpose: '',
  deliveryForm: 'email',
  deliveryChannel: 'email',
};
const fallback = { fallback_token: 'ft', answer: '3', website: '' };

function apiError(code: string, message: string, fieldErrors: Record<string, string> | null = null) {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data: { code, fieldErrors } } } });
}

describe('readApplication', () => {
  it('sends only the person when the category is 自然人, leaving blank optional fields out', async () => {
    const form = formOf({ applicantCategory: '自然人', ...person, ...organization, ...request, ...fallback });
    const read = await readApplication(form);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.input).toEqual({
      applicantCategory: '自然人',
      person: { ...Object.fromEntries(Object.entries(person).map(([k, v]) => [k.slice(7), v])), email: undefined },
      description: request.description,
      docNumberHint: undefined,
      purpose: undefined,
      deliveryForm: 'email',
      deliveryChannel: 'email',
      attachments: undefined,
      bot: { mode: 'fallback', token: 'ft', answer: '3', honeypot: '' },
    });
    expect(read.values['organization.name']).toBe('某某有限公司');
  });

  it('sends only the organization for the other categories', async () => {
    const form = formOf({ applicantCategory: '法律服务机构', ...person, ...organization, ...request, ...fallback });
    const read = await readApplication(form);
    if (!read.ok) throw new Error('expected ok');
    expect(read.input.person).toBeUndefined();
    expect(read.input.organization).toEqual({
      name: '某某有限公司',
      creditCode: '91350100M000100Y43',
      legalRepresentative: '李四',
      contactName: '王五',
      contactPhone: '0753-1234567',
      address: '棉洋镇工业路2号',
      email: 'info@example.com',
    });
  });

  it('never keeps the bot check or files among the values shown again', async () => {
    const form = formOf({ applicantCategory: '自然人', ...request, ...fallback, pow_solution: '42' }, [
      new File(['x'], '申请.pdf'),
    ]);
    const read = await readApplication(form);
    expect(Object.keys(read.values).sort()).toEqual(['applicantCategory', ...Object.keys(request)].sort());
  });

  it('refuses more than three attachments before reading them', async () => {
    const files = [1, 2, 3, 4].map((n) => new File(['x'], `${n}.pdf`));
    const read = await readApplication(formOf({ applicantCategory: '自然人', ...request }, files));
    expect(read).toMatchObject({ ok: false, fieldErrors: { attachments: '附件最多3个' } });
    expect(read.values.description).toBe(request.description);
  });
});

describe('readAttachments', () => {
  it('reads files as base64 and ignores the empty part of an unused file input', async () => {
    const form = formOf({}, [new File([], ''), new File(['%PDF-1.4'], '材料.pdf')]);
    expect(await readAttachments(form)).toEqual({
      ok: true,
      attachments: [{ fileName: '材料.pdf', base64: Buffer.from('%PDF-1.4').toString('base64') }],
    });
  });
});

describe('readBot', () => {
  it('uses the proof of work when pow.js solved it, else the fallback question', () => {
    expect(readBot(formOf({ pow_token: 'pt', pow_solution: '1234', ...fallback }))).toEqual({
      mode: 'pow',
      token: 'pt',
      solution: '1234',
    });
    expect(readBot(formOf({ pow_token: 'pt', pow_solution: '', ...fallback, website: 'spam' }))).toEqual({
      mode: 'fallback',
      token: 'ft',
      answer: '3',
      honeypot: 'spam',
    });
  });
});

describe('formFailure', () => {
  it('puts field messages beside their fields and does not repeat the first one at the top', () => {
    const failure = formFailure(
      apiError('BAD_REQUEST', '身份证号码校验位不正确', {
        'person.idNumber': '身份证号码校验位不正确',
        'attachments.1.base64': '附件类型不支持',
        'bot.answer': '验证问题回答不正确，请重新作答',
      }),
      APPLY_FIELDS,
    );
    expect(failure).toEqual({
      status: 400,
      message: '提交的内容有误，请按提示修改',
      fieldErrors: {
        'person.idNumber': '身份证号码校验位不正确',
        attachments: '附件类型不支持',
        bot: '验证问题回答不正确，请重新作答',
      },
    });
  });

  it('shows messages for parts without a field at the top', () => {
    const failure = formFailure(
      apiError('BAD_REQUEST', '请填写申请人信息', { person: '请填写申请人信息' }),
      APPLY_FIELDS,
    );
    expect(failure.message).toBe('请填写申请人信息');
    expect(failure.fieldErrors).toEqual({});
  });

  it('keeps the API message of a rate limit and a failed lookup', () => {
    expect(formFailure(apiError('TOO_MANY_REQUESTS', '提交过于频繁，请10分钟后再试'), [])).toEqual({
      status: 429,
      message: '提交过于频繁，请10分钟后再试',
      fieldErrors: {},
    });
    expect(formFailure(apiError('NOT_FOUND', '查询号或查询码不正确'), []).status).toBe(404);
  });

  it('hides internal failures behind a plain message', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(formFailure(apiError('INTERNAL_SERVER_ERROR', 'boom'), [])).toEqual({
      status: 503,
      message: '服务暂时不可用，请稍后再试',
      fieldErrors: {},
    });
    expect(formFailure(new TypeError('fetch failed'), []).status).toBe(503);
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});

describe('fieldOf', () => {
  it('finds the nearest field of a path', () => {
    expect(fieldOf('organization.creditCode', APPLY_FIELDS)).toBe('organization.creditCode');
    expect(fieldOf('bot', APPLY_FIELDS)).toBe('bot');
    expect(fieldOf('organization', APPLY_FIELDS)).toBeNull();
  });
});

describe('credentials cookie', () => {
  it('round-trips and rejects anything else', () => {
    const c = { trackingNo: 'YS-20260105-4K7Q-M', accessCode: 'AB12CD34' };
    expect(decodeCredentials(encodeCredentials(c))).toEqual(c);
    expect(decodeCredentials(undefined)).toBeNull();
    expect(decodeCredentials('not json')).toBeNull();
    expect(decodeCredentials('{"trackingNo":"x"}')).toBeNull();
    expect(decodeCredentials('null')).toBeNull();
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII name and the UTF-8 name', () => {
    expect(attachmentDisposition('答复书 (1).docx')).toBe(
      `attachment; filename="___ (1).docx"; filename*=UTF-8''%E7%AD%94%E5%A4%8D%E4%B9%A6%20%281%29.docx`,
    );
    expect(attachmentDisposition('a"b\\c%.pdf')).toBe(
      `attachment; filename="a_b_c_.pdf"; filename*=UTF-8''a%22b%5Cc%25.pdf`,
    );
  });
});
