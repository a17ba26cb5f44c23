// User-level configuration kept in localStorage: the platform token, an optional socket URL
// override and the Agent extension's id (falls back to VITE_EXTENSION_ID at build time).
const KEYS = { token: 'bridge.token', wsUrl: 'bridge.wsUrl', extensionId: 'bridge.extensionId' } as const;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  if (value === null || value === '') localStorage.removeItem(key);
  else localStorage.setItem(key, value);
}

export const settings = {
  token: () => read(KEYS.token),
  setToken: (token: string | null) => write(KEYS.token, token?.trim() ?? null),
  wsUrlOverride: () => read(KEYS.wsUrl),
  setWsUrlOverride: (url: string | null) => write(KEYS.wsUrl, url?.trim() ?? null),
  extensionId: () => read(KEYS.extensionId) ?? (import.meta.env.VITE_EXTENSION_ID as string | undefined) ?? null,
  setExtensionId: (id: string | null) => write(KEYS.extensionId, id?.trim() ?? null),
};

/** The socket lives on the same origin as the page (the gateway serves both) unless overridden. */
export function socketUrl(token: string, loc: Pick<Location, 'protocol' | 'host'> = location): string {
  const base = settings.wsUrlOverride() ?? `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/ws`;
  const separator = base.includes('?') ? '&' : '?';
  return `${base}${separator}access_token=${encodeURIComponent(token)}`;
}

/** `./platform up` prints `http://host/#token=...`: take the token once, then clear the hash. */
export function takeTokenFromHash(loc: Location = location, hist: History = history): string | null {
  const match = /^#token=([^&]+)/.exec(loc.hash);
  if (!match?.[1]) return null;
  const token = decodeURIComponent(match[1]);
  settings.setToken(token);
  hist.replaceState(null, '', loc.pathname + loc.search);
  return token;
}

export interface TokenClaims {
  sub?: string;
  role?: string;
  exp?: number;
}

/** Reads (does not verify) the token's claims, to show who is signed in. */
export function readClaims(token: string): TokenClaims | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(json) as TokenClaims;
  } catch {
    return null;
  }
}
