import type { ConnectionState } from '../shared/runtime-messages';

const BADGES: Record<ConnectionState, { text: string; color: string; title: string }> = {
  connected: { text: 'ON', color: '#1a7f37', title: 'connected to the platform' },
  connecting: { text: '…', color: '#bf8700', title: 'connecting to the platform' },
  disconnected: { text: 'OFF', color: '#cf222e', title: 'disconnected: retrying' },
  unconfigured: { text: '?', color: '#6e7781', title: 'no token: open the options page' },
};

/** The toolbar badge shows the socket's state. */
export function showState(state: ConnectionState, detail?: string | null): void {
  const badge = BADGES[state];
  void chrome.action.setBadgeText({ text: badge.text }).catch(() => undefined);
  void chrome.action.setBadgeBackgroundColor({ color: badge.color }).catch(() => undefined);
  void chrome.action.setTitle({ title: `Platform Agent: ${badge.title}${detail ? ` (${detail})` : ''}` }).catch(() => undefined);
}
