// Platform tokens for tests: HS256 JWT, sub = user id, role = agent | bridge (same format as ./platform token).
import { createHmac } from 'node:crypto';

export const TEST_SIGNING_KEY = process.env.PLATFORM_SIGNING_KEY ?? 'e2e-signing-key-0123456789abcdef0123456789abcdef';

const b64url = (value) => Buffer.from(value).toString('base64url');

export function makeToken(userId, role = 'bridge', { key = TEST_SIGNING_KEY, seconds = 3600 } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify({ sub: userId, role, iss: 'platform', aud: 'platform', iat: now, nbf: now - 5, exp: now + seconds }));
  const signature = createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
