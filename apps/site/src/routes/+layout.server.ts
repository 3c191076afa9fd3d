import type { LayoutServerLoad } from './$types';
import { loadSiteFrame } from '$lib/server/site.js';

// Every page is complete HTML from the server; the portal ships no client-side JavaScript.
export const csr = false;

export const load: LayoutServerLoad = async (event) => ({
  frame: await loadSiteFrame(event),
  mode: event.locals.mode,
});
