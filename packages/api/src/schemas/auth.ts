import { z } from 'zod';

export const loginInput = z.object({
  username: z.string({ error: '请输入用户名' }).trim().min(1, '请输入用户名').max(64, '用户名不能超过64个字符'),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(256, '密码过长'),
});

export const changePasswordInput = z.object({
  currentPassword: z.string({ error: '请输入当前密码' }).min(1, '请输入当前密码').max(256, '密码过长'),
  newPassword: z.string({ error: '请输入新密码' }).min(1, '请输入新密码').max(256, '密码过长'),
});
