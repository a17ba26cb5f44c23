import type { SendOutcome } from '../shared/command';
import type { SiteTabs } from './commands/execute-command';

/** The site's tabs, found with the content script's own match patterns (release: the site only). */
export const chromeSiteTabs: SiteTabs = {
  async find() {
    const matches = chrome.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
    if (matches.length === 0) return [];
    const tabs = await chrome.tabs.query({ url: [...new Set(matches)] });
    return tabs
      .filter((tab) => tab.id !== undefined && !tab.discarded)
      .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
      .map((tab) => tab.id as number);
  },
  send: (tabId, request) => chrome.tabs.sendMessage(tabId, request) as Promise<SendOutcome | undefined>,
};
