import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromeSiteTabs, isSiteTab } from './site-tabs';

const GATEWAY = 'ws://127.0.0.1:8080/ws';

describe('isSiteTab', () => {
  it('should_never_take_the_dashboard_served_by_the_configured_gateway_for_a_site_tab', () => {
    expect(isSiteTab('http://127.0.0.1:8080/#token=abc', { gatewayUrl: GATEWAY })).toBe(false);
    expect(isSiteTab('http://localhost:8080/', { gatewayUrl: GATEWAY })).toBe(false);
    expect(isSiteTab('https://platform.example/', { gatewayUrl: 'wss://platform.example/ws' })).toBe(false);
  });

  it('should_take_the_site_and_the_local_fake_site_on_another_port', () => {
    expect(isSiteTab('https://onlyfans.com/my/chats', { gatewayUrl: GATEWAY })).toBe(true);
    expect(isSiteTab('http://127.0.0.1:3000/', { gatewayUrl: GATEWAY })).toBe(true);
  });

  it('should_take_only_the_configured_site_origin_when_one_is_set', () => {
    const rules = { gatewayUrl: GATEWAY, siteOrigin: 'http://127.0.0.1:3000' };
    expect(isSiteTab('http://127.0.0.1:3000/my/chats', rules)).toBe(true);
    expect(isSiteTab('http://127.0.0.1:4000/', rules)).toBe(false);
    expect(isSiteTab('http://127.0.0.1:8080/', rules)).toBe(false);
  });

  it('should_refuse_a_tab_without_a_readable_url', () => {
    expect(isSiteTab(undefined, { gatewayUrl: GATEWAY })).toBe(false);
    expect(isSiteTab('not a url', { gatewayUrl: GATEWAY })).toBe(false);
  });
});

describe('chromeSiteTabs', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should_leave_out_the_active_dashboard_tab_and_keep_the_site_tab', async () => {
    const tabs = [
      { id: 1, url: 'http://127.0.0.1:41000/', active: false, lastAccessed: 10, discarded: false }, // the fake site
      { id: 2, url: 'http://127.0.0.1:8080/#token=t', active: true, lastAccessed: 20, discarded: false }, // the dashboard
    ];
    const query = vi.fn(async () => tabs);
    vi.stubGlobal('chrome', {
      runtime: { getManifest: () => ({ content_scripts: [{ matches: ['https://onlyfans.com/*', 'http://127.0.0.1/*'] }] }) },
      tabs: { query, sendMessage: vi.fn() },
    });
    expect(await chromeSiteTabs(async () => ({ gatewayUrl: GATEWAY })).find()).toEqual([1]);
    expect(query).toHaveBeenCalledWith({ url: ['https://onlyfans.com/*', 'http://127.0.0.1/*'] });
  });
});
