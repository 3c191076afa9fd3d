/**
 * The site's configuration. The only place the SvelteKit app reads the environment:
 * API_URL (default http://127.0.0.1:3002), GONGKAI_INTERNAL_TOKEN (else `internalToken` from
 * `<GONGKAI_DATA_DIR or ./data>/secrets.json`, written by the API server in dev/demo mode),
 * SITE_URL (default http://localhost:3000, for absolute URLs in RSS and sitemaps).
 */
import { readSettings } from '../../../front/settings.js';

const settings = readSettings(process.env);

export const apiUrl = settings.apiUrl;
export const siteUrl = settings.siteUrl;
export const internalToken = settings.internalToken;
