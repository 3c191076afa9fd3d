import { error } from '@sveltejs/kit';

/** A record id from the URL; anything else is a page that does not exist. */
export function idParam(raw: string): number {
  if (!/^\d{1,12}$/.test(raw) || Number(raw) === 0) error(404, '页面不存在');
  return Number(raw);
}
