// manifest.json (MV3) for the release build and the test build.
import { createHash } from 'node:crypto';
import { TEST_PUBLIC_KEY } from './test-key.mjs';

const SITE = ['https://onlyfans.com/*'];
const DASHBOARD = ['http://127.0.0.1:8080/*', 'http://localhost:8080/*'];
// Test build only: the fake site and the test dashboard run on 127.0.0.1 with free ports.
const LOCAL = ['http://127.0.0.1/*'];

export function manifest({ test, version }) {
  const site = test ? [...SITE, ...LOCAL] : SITE;
  return {
    manifest_version: 3,
    name: test ? 'Platform Agent (test build)' : 'Platform Agent',
    version,
    description: 'Captures your chats on the site and streams them to your conversational analytics platform.',
    minimum_chrome_version: '116',
    ...(test ? { key: TEST_PUBLIC_KEY } : {}),
    permissions: ['storage', 'alarms'],
    host_permissions: site,
    background: { service_worker: 'background.js' },
    content_scripts: [
      { matches: site, js: ['page-hook.js'], run_at: 'document_start', world: 'MAIN' },
      { matches: site, js: ['content.js'], run_at: 'document_start' },
    ],
    externally_connectable: { matches: test ? [...DASHBOARD, ...LOCAL] : DASHBOARD },
    options_ui: { page: 'options.html', open_in_tab: true },
    action: { default_title: 'Platform Agent' },
  };
}

/** Chrome's id for an extension with this public key: sha256 of the DER key, first 32 hex digits as a-p. */
export function extensionIdOf(publicKeyBase64) {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export const TEST_EXTENSION_ID = extensionIdOf(TEST_PUBLIC_KEY);
