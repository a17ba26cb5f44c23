import type { SendOutcome } from '../shared/command';
import type { SiteTabs } from './commands/execute-command';

/** What tells a site tab from any other tab the content script's match patterns also cover. */
export interface SiteTabRules {
  /** The gateway the Agent is configured with: its origin serves the dashboard, never the site. */
  gatewayUrl: string;
  /** When set (the local fake site), only tabs of exactly this origin are site tabs. */
  siteOrigin?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'ws:': '80', 'https:': '443', 'wss:': '443' };

/** host:port with the scheme's default port and one name for loopback, so ws://127.0.0.1:8080 ~ http://localhost:8080. */
function endpointOf(url: URL): string {
  const host = LOOPBACK.has(url.hostname) ? 'loopback' : url.hostname;
  return `${host}:${url.port || DEFAULT_PORTS[url.protocol] || ''}`;
}

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The test build's patterns match every http://127.0.0.1 page, the dashboard included: a tab served
 * by the gateway is never a site tab (an approved reply would be POSTed to the gateway).
 */
export function isSiteTab(tabUrl: string | undefined, rules: SiteTabRules): boolean {
  const tab = parse(tabUrl);
  if (!tab) return false;
  const site = parse(rules.siteOrigin);
  if (site) return tab.origin === site.origin;
  const gateway = parse(rules.gatewayUrl);
  return !gateway || endpointOf(tab) !== endpointOf(gateway);
}

/** The site's tabs: the content script's own match patterns (release: the site only), minus the gateway's origin. */
export function chromeSiteTabs(rules: () => Promise<SiteTabRules>): SiteTabs {
  return {
    async find() {
      const matches = chrome.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
      if (matches.length === 0) return [];
      const [tabs, current] = await Promise.all([chrome.tabs.query({ url: [...new Set(matches)] }), rules()]);
      return tabs
        .filter((tab) => tab.id !== undefined && !tab.discarded && isSiteTab(tab.url, current))
        .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
        .map((tab) => tab.id as number);
    },
    send: (tabId, request) => chrome.tabs.sendMessage(tabId, request) as Promise<SendOutcome | undefined>,
  };
}
