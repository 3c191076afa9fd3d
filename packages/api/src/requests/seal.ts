/**
 * Applicants' personal data at rest (decisions.md, Security details): the details are sealed with
 * AES-256-GCM under a key derived from GONGKAI_DATA_KEY, and a keyed hash (HMAC) of the ID number
 * or credit code lets repeat applications and the per-applicant monthly count (按件 fees) be found
 * without decrypting. Access codes are kept only as keyed hashes.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const derive = (dataKey: string, purpose: string) =>
  createHash('sha256').update(`gongkai:${purpose}:${dataKey}`).digest();

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function seal(dataKey: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(dataKey, 'seal'), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function unseal<T>(dataKey: string, sealed: string): T {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', derive(dataKey, 'seal'), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const text = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  return JSON.parse(text) as T;
}

/** The same identifier always gives the same hash under one key; the identifier is normalized first. */
export function keyedHash(dataKey: string, purpose: 'applicant' | 'access_code', value: string): string {
  return createHmac('sha256', derive(dataKey, purpose))
    .update(value.normalize('NFKC').replace(/\s+/g, '').toUpperCase())
    .digest('hex');
}

export function sameKeyedHash(dataKey: string, purpose: 'applicant' | 'access_code', value: string, hash: string) {
  const given = Buffer.from(keyedHash(dataKey, purpose, value), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
