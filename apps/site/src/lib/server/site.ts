import type { RequestEvent } from '@sveltejs/kit';
import { api } from './api.js';

/**
 * What the layout needs on every page: the primary organization, all organizations and the
 * primary organization's columns (the navigation shows only columns that exist). Null when the
 * API cannot be reached, so that the error page still renders inside the layout.
 */
export async function loadSiteFrame(event: Pick<RequestEvent, 'getClientAddress'>) {
  const client = api(event.getClientAddress());
  try {
    const site = await client.public.site.query();
    const primary = await client.public.organization.query({ org: site.primary.slug });
    return { primary: site.primary, organizations: site.organizations, columns: primary.columns };
  } catch (cause) {
    console.error('[site] layout data unavailable', cause);
    return null;
  }
}
