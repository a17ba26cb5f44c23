import type { SiteTabRules } from './site-tabs';
import type { GatewayConfig } from './socket/gateway-connection';

// Set on the options page, or by a test through the service worker:
//   await worker.evaluate(([url, token]) => chrome.storage.local.set({ gatewayUrl: url, token }), [wsUrl, token])
export const DEFAULT_GATEWAY_URL = 'ws://127.0.0.1:8080/ws';

export async function readSettings(): Promise<GatewayConfig | null> {
  const { gatewayUrl, token } = await chrome.storage.local.get(['gatewayUrl', 'token']);
  if (typeof token !== 'string' || token.trim() === '') return null;
  const url = typeof gatewayUrl === 'string' && gatewayUrl.trim() !== '' ? gatewayUrl.trim() : DEFAULT_GATEWAY_URL;
  return { gatewayUrl: url, token: token.trim() };
}

/**
 * Read when a command runs, so a changed setting applies at once. `siteOrigin` is optional (no options
 * field): the local fake site's exact origin, for a test build whose patterns match every 127.0.0.1 page.
 */
export async function readSiteTabRules(): Promise<SiteTabRules> {
  const { gatewayUrl, siteOrigin } = await chrome.storage.local.get(['gatewayUrl', 'siteOrigin']);
  return {
    gatewayUrl: typeof gatewayUrl === 'string' && gatewayUrl.trim() !== '' ? gatewayUrl.trim() : DEFAULT_GATEWAY_URL,
    ...(typeof siteOrigin === 'string' && siteOrigin.trim() !== '' ? { siteOrigin: siteOrigin.trim() } : {}),
  };
}

export function onSettingsChanged(listener: () => void): void {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ('gatewayUrl' in changes || 'token' in changes)) listener();
  });
}
