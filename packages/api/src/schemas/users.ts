import { z } from 'zod';
import { ROLES } from '@gongkai/domain';
import { id, requiredText } from './common.js';

const roles = z.array(z.enum(ROLES, { error: '角色无效' }), { error: '请选择角色' }).min(1, '请至少选择一个角色');

const password = z.string({ error: '请填写密码' }).min(1, '请填写密码').max(256, '密码过长');

export const userCreateInput = z.object({
  username: z
    .string({ error: '请填写用户名' })
    .trim()
    .min(2, '用户名至少2个字符')
    .max(32, '用户名不能超过32个字符')
    .regex(/^[a-zA-Z0-9_.-]+$/, '用户名只能包含字母、数字、下划线、点和连字符'),
  displayName: requiredText('姓名', 50),
  password,
  roles,
  organizationId: id('所属单位').nullish(),
});

export const userUpdateInput = z.object({
  id: id('用户'),
  displayName: requiredText('姓名', 50),
  roles,
  disabled: z.boolean({ error: '停用状态无效' }),
});

export const resetPasswordInput = z.object({ id: id('用户'), password });

export const byId = z.object({ id: id('用户') });
