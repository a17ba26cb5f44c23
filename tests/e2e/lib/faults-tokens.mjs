// Tokens the platform must refuse: each is wrong in exactly one way compared with makeToken().
import { createHmac } from 'node:crypto';
import { makeToken, TEST_SIGNING_KEY } from './token.mjs';

const b64url = (value) => Buffer.from(value).toString('base64url');
const sign = (head, body, key = TEST_SIGNING_KEY) => createHmac('sha256', key).update(`${head}.${body}`).digest('base64url');

function claims(userId, overrides = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { sub: userId, role: 'bridge', iss: 'platform', aud: 'platform', iat: now, nbf: now - 5, exp: now + 3600, ...overrides };
}

/** {name: token | null} — null means "no token at all". */
export function refusedTokens(userId, otherUserId) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const [, , signature] = makeToken(userId).split('.');
  return {
    missing: null,
    garbage: 'not-a-jwt',
    expired: (() => { const body = b64url(JSON.stringify(claims(userId, { iat: now - 7200, nbf: now - 7200, exp: now - 3600 }))); return `${head}.${body}.${sign(head, body)}`; })(),
    wrong_key: makeToken(userId, 'bridge', { key: 'some-other-key-0123456789abcdef0123456789abcdef' }),
    alg_none: `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(claims(userId)))}.`,
    // The victim's id in the payload with the attacker's valid signature.
    tampered: `${head}.${b64url(JSON.stringify(claims(otherUserId)))}.${signature}`,
    wrong_issuer: (() => { const body = b64url(JSON.stringify(claims(userId, { iss: 'someone-else' }))); return `${head}.${body}.${sign(head, body)}`; })(),
    wrong_audience: (() => { const body = b64url(JSON.stringify(claims(userId, { aud: 'someone-else' }))); return `${head}.${body}.${sign(head, body)}`; })(),
  };
}
