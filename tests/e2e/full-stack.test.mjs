// The whole product as a user meets it: the four services, the dashboard served through the gateway (YARP),
// the fake site in headless Chromium with the Agent extension loaded and configured, the dashboard in a
// second tab of the same browser. Each step leaves a screenshot in .platform/test-results/e2e/
// (PLATFORM_DOCS_IMAGES=1 also refreshes the README's copies in docs/images/).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, ROOT, startStack } from './lib/stack.mjs';
import { startFakeSite } from '../fake-site/server.mjs';
import { agentStatus, buildTestExtension, configureAgent, eventually, launchWithExtension } from './lib/agent-extension.mjs';
import { buildBridgeWeb, waitForLevel } from './lib/bridge-browser.mjs';

const USER = 'creator-full-stack';
const FANS = ['Fan A', 'Fan B', 'Fan C', 'Fan D', 'Fan E']; // tests/fake-site/site-data.mjs
const FAN_C = '100000003';
const DOCS_IMAGES = resolve(ROOT, 'docs/images');

async function shot(page, name) {
  const path = resolve(ARTIFACTS, `full-stack-${name}.png`);
  await page.screenshot({ path });
  if (process.env.PLATFORM_DOCS_IMAGES === '1') copyFileSync(path, resolve(DOCS_IMAGES, `${name}.png`));
}

/** The plain text the site's editor body carries (`<p>escaped</p>`), for comparing with the suggestion. */
const plainText = (html) => html.replace(/^<p>|<\/p>$/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

describe('Full stack as a user: fake site + extension -> Brain -> dashboard -> approval -> site', () => {
  let stack, site, extension, browser, worker, sitePage, dashboard;
  const preview = (text) => dashboard.locator('[data-testid=conv-preview]', { hasText: text });

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    if (process.env.PLATFORM_DOCS_IMAGES === '1') mkdirSync(DOCS_IMAGES, { recursive: true });
    buildBridgeWeb();
    extension = buildTestExtension();
    stack = await startStack({ bridgeWeb: true, name: 'full-stack' });
    site = await startFakeSite();
    ({ context: browser, worker } = await launchWithExtension(extension.dir));
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await stack?.stop();
    if (extension) rmSync(extension.dir, { recursive: true, force: true });
  });

  test('the extension, configured with the gateway URL and an agent token, connects', async () => {
    // What the options page does when the user pastes the URL and the token.
    await configureAgent(worker, stack.wsUrl, stack.token(USER, 'agent'));
    await eventually(async () => (await agentStatus(worker)).state === 'connected', 30_000, 'the agent connects to the gateway');
  });

  test('browsing the fake site\'s chats fills the dashboard with its conversations', async () => {
    sitePage = await browser.newPage();
    await sitePage.goto(site.url);
    await sitePage.waitForFunction(() => window.fakeSite?.ready === true, null, { timeout: 30_000 });
    await shot(sitePage, '1-site-chats');

    dashboard = await browser.newPage(); // a second tab of the extension's browser (its window size)
    await dashboard.goto(`${stack.gatewayUrl}/#token=${encodeURIComponent(stack.token(USER, 'bridge'))}`);
    await waitForLevel(dashboard, 'connected');
    await dashboard.waitForSelector(`[data-testid=inbox-count][data-count="${FANS.length}"]`, { timeout: 60_000 });
    // The chats may be listed before the fans' names are captured (/users/list); the names follow live.
    await dashboard.waitForFunction((fans) => JSON.stringify([...document.querySelectorAll('.conv-row__name')].map((e) => e.textContent).sort()) === JSON.stringify(fans), FANS, { timeout: 30_000 }).catch(() => {});
    const rows = await dashboard.locator('.conv-row__name').allTextContents();
    assert.deepEqual(rows.sort(), FANS);
    await preview('how are you?').first().waitFor({ timeout: 10_000 }); // the newest message of each chat
    await shot(dashboard, '2-dashboard-inbox');
  });

  test('a new fan message on the site\'s socket appears in the dashboard live', async () => {
    const text = `Are you online tonight? ${Date.now() % 100_000}`;
    const sentAt = Date.now();
    const pushed = await (await fetch(`${site.url}/__control/push`, { method: 'POST', body: JSON.stringify({ fanId: Number(FAN_C), text }) })).json();
    assert.equal(pushed.sockets, 1, 'the site page holds its socket open');
    await preview(text).waitFor({ timeout: 20_000 });
    const elapsed = Date.now() - sentAt;
    // The 1 s goal is a benchmark matter (bench/); here: it arrives live, within a bound a loaded CI box meets.
    console.log(`fan message visible in the dashboard ${elapsed} ms after the site pushed it`);
    assert.ok(elapsed < 20_000, `took ${elapsed} ms`);
    await sitePage.getByText(text).waitFor({ timeout: 5_000 });
    await shot(dashboard, '3-dashboard-live-message');
  });

  test('a suggestion approved in the dashboard is posted to the site by the extension', async () => {
    await dashboard.locator(`.conv-row[data-chat-id="${FAN_C}"]`).click();
    await dashboard.waitForSelector('[data-testid=chat-view]');
    const pending = dashboard.locator('[data-testid=suggestion][data-state=pending_approval]').last();
    await pending.waitFor({ timeout: 60_000 });
    // Pin the element: a suggestion for the chat's other fan message may arrive meanwhile and become "last".
    const card = await pending.elementHandle();
    const suggested = (await (await card.$('[data-testid=suggestion-text]')).textContent()).trim();
    assert.ok(suggested.length > 0, 'the suggestion has text');
    await shot(dashboard, '4-dashboard-suggestion');

    await (await card.$('button:has-text("Approve")')).click();
    const post = await eventually(() => site.received.find((r) => r.chatId === FAN_C), 30_000, 'the fake site receives the POST');
    assert.equal(plainText(post.body.text), suggested);
    assert.equal(post.body.lockedText, false);
    await dashboard.locator('[data-testid=suggestion][data-state=sent]').last().waitFor({ timeout: 30_000 });
    await shot(dashboard, '5-dashboard-sent');
    await sitePage.getByText(suggested.slice(0, 40)).first().waitFor({ timeout: 10_000 });
    await shot(sitePage, '6-site-after-send');
  });
});
