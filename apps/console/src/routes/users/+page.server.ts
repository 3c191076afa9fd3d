import { hasRole } from '@gongkai/domain';
import { attempt, mutate, query } from '$lib/server/call';
import { optionalInt } from '$lib/server/form-fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const users = await query(event, (api) => api.users.list.query());
  // A security administrator assigns accounts to any organization; the list is a convenience, so
  // when it is not readable the organizations seen in the user list do.
  let organizations: { id: number; name: string }[] = [];
  if (hasRole(event.locals.user!, 'security_admin')) {
    const r = await attempt(event, (api) => api.organizations.list.query());
    const seen = new Map(users.filter((u) => u.organization).map((u) => [u.organization!.id, u.organization!.name]));
    organizations = r.ok
      ? r.data.map((o) => ({ id: o.id, name: o.name }))
      : [...seen].map(([id, name]) => ({ id, name }));
  }
  return { users, organizations };
};

interface UserForm {
  values: Record<string, string>;
  roles: string[];
}

async function readUserForm(request: Request): Promise<UserForm> {
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const [k, v] of form) if (typeof v === 'string' && k !== 'roles' && !(k in values)) values[k] = v;
  return { values, roles: form.getAll('roles').filter((r): r is string => typeof r === 'string') };
}

type Roles = Parameters<App.Locals['api']['users']['create']['mutate']>[0]['roles'];

export const actions: Actions = {
  create: async (event) => {
    const { values, roles } = await readUserForm(event.request);
    const input = {
      username: (values.username ?? '').trim(),
      displayName: (values.displayName ?? '').trim(),
      password: values.password ?? '',
      roles: roles as Roles,
      ...(optionalInt(values.organizationId) ? { organizationId: optionalInt(values.organizationId)! } : {}),
    };
    const { password: _omit, ...shown } = values;
    return mutate(event, 'create', (api) => api.users.create.mutate(input), `已创建用户“${input.displayName}”`, {
      ...shown,
      roles,
    });
  },

  update: async (event) => {
    const { values, roles } = await readUserForm(event.request);
    const id = Number(values.id);
    const input = {
      id,
      displayName: (values.displayName ?? '').trim(),
      roles: roles as Roles,
      disabled: values.disabled === 'on',
    };
    return mutate(event, `user-${id}`, (api) => api.users.update.mutate(input), '已保存', { ...values, roles });
  },

  unlock: async (event) => {
    const { values } = await readUserForm(event.request);
    const id = Number(values.id);
    return mutate(event, `user-${id}`, (api) => api.users.unlock.mutate({ id }), '已解除锁定');
  },

  resetPassword: async (event) => {
    const { values } = await readUserForm(event.request);
    const id = Number(values.id);
    return mutate(
      event,
      `user-${id}`,
      (api) => api.users.resetPassword.mutate({ id, password: values.password ?? '' }),
      '密码已重置，用户下次登录时须修改密码',
    );
  },
};
