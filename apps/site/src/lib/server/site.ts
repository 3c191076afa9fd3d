import type { RequestEvent } from '@sveltejs/kit';
import { api } from './api.js';
import { byVersion } from './by-version.js';

type Event = Pick<RequestEvent, 'getClientAddress' | 'request'>;

/** `public.organization` (catalogue tree with counts, columns); changes only with the content version. */
export const loadOrganization = (event: Event, slug: string) =>
  byVersion(event.request, `organization:${slug}`, () =>
    api(event.getClientAddress()).public.organization.query({ org: slug }),
  );

/**
 * What the layout needs on every page: the primary organization, all organizations and the
 * primary organization's columns (the navigation shows only columns that exist). Null when the
 * API cannot be reached, so that the error page still renders inside the layout.
 */
export async function loadSiteFrame(event: Event) {
  try {
    const site = await byVersion(event.request, 'site', () => api(event.getClientAddress()).public.site.query());
    const primary = await loadOrganization(event, site.primary.slug);
    // Every page's data passes through SvelteKit's serializer: only what lists of units show.
    const organizations = site.organizations.map(({ id, slug, name, kind }) => ({ id, slug, name, kind }));
    return { primary: site.primary, organizations, columns: primary.columns };
  } catch (cause) {
    console.error('[site] layout data unavailable', cause);
    return null;
  }
}
