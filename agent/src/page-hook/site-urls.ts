// Which requests and sockets belong to the site's chat app (the only traffic the Agent captures).
const SITE_API_PREFIX = '/api2/v2/';

/** Resolves a request target against the page's URL; throws on garbage (callers catch). */
export function absoluteUrl(target: string, base: string): string {
  return new URL(target, base).href;
}

export function isSiteApi(url: string): boolean {
  try {
    return new URL(url).pathname.startsWith(SITE_API_PREFIX);
  } catch {
    return false;
  }
}

/** The site's socket lives under /ws3/ (some versions /ws2/, /ws/). */
export function isSiteSocket(url: string): boolean {
  try {
    return /^\/ws\d*\//.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
