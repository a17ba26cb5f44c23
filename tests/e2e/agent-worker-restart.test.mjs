// The real Agent extension's MV3 service worker stopped (as Chrome stops an idle or misbehaving worker)
// again and again while the fake site keeps pushing messages: every message must still reach the store,
// once, in the order the site sent it. Headless Chromium, the fake site, the real gateway and ingest.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { startStack, ARTIFACTS } from './lib/stack.mjs';
import { startFakeSite } from '../fake-site/server.mjs';
import { buildTestExtension, eventually, launchWithExtension } from './lib/agent-extension.mjs';
import { postgres } from './lib/pg.mjs';

const USER = 'creator-agent-sw';
const FAN = 100000002;
const BATCHES = 12;
const PER_BATCH = 5;

describe('Agent extension: service worker stopped mid-stream', () => {
  let stack, site, extension, browser, worker, page, options, cdp, db;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ services: ['gateway', 'ingest'], name: 'agent-sw' });
    db = postgres(stack.database.url);
    site = await startFakeSite();
    extension = buildTestExtension();
    ({ context: browser, worker } = await launchWithExtension(extension.dir));
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await stack?.stop();
    if (extension) rmSync(extension.dir, { recursive: true, force: true });
  });

  // The Agent is reached through its own options page (chrome.runtime messages wake a stopped worker);
  // a Playwright handle on a stopped worker goes stale.
  const status = () => options.evaluate(() => chrome.runtime.sendMessage({ kind: 'get-status' }));

  /** The extension's service worker target, if one runs. */
  const workerTarget = async () => (await cdp.send('Target.getTargets')).targetInfos
    .find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extension.id}/`));

  /** A global of the running worker instance, or null while none answers. */
  const markerOf = (handle) => Promise.race([
    handle.evaluate(() => globalThis.testMarker ?? 0).catch(() => null),
    new Promise((r) => setTimeout(() => r(null), 1_000)),
  ]);

  /**
   * Stops the extension's worker as Chrome does when it terminates one (DevTools' close of a service
   * worker target stops it); resolves once a new instance runs. The target outlives the instance (it is
   * the worker version's), so the proof is a global set in the old instance that the new one lacks.
   */
  async function stopWorker(handle, marker) {
    const target = await workerTarget();
    if (!target) return false;
    await handle.evaluate((m) => { globalThis.testMarker = m; }, marker);
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
    await eventually(async () => (await markerOf(handle)) === 0, 20_000, 'a new worker instance runs', 50);
    return true;
  }

  it('should_store_every_message_once_and_in_order_when_the_worker_is_stopped_mid_stream', { timeout: 240_000 }, async () => {
    page = await browser.newPage();
    cdp = await browser.newCDPSession(page);
    options = await browser.newPage();
    await options.goto(`chrome-extension://${extension.id}/options.html`);
    await page.goto(site.url);
    await page.waitForFunction(() => window.fakeSite?.ready === true, null, { timeout: 15_000 });
    const [url, token] = [stack.wsUrl, stack.token(USER, 'agent')];
    await options.evaluate(([u, t]) => chrome.storage.local.set({ gatewayUrl: u, token: t }), [url, token]);
    await eventually(async () => (await status()).state === 'connected', 20_000, 'the agent connects');
    await eventually(async () => (await status()).outboxSize === 0, 30_000, 'the snapshot is acked');

    // Each batch of pushes is followed at once by a stop: the frames are in flight between the page, the
    // content script and a worker that is going away (or coming back).
    const pushed = [];
    let stops = 0;
    for (let batch = 0; batch < BATCHES; batch++) {
      const response = await fetch(`${site.url}/__control/push`, { method: 'POST', body: JSON.stringify({ fanId: FAN, text: `sw ${batch}`, count: PER_BATCH }) });
      pushed.push(...(await response.json()).pushed.map(String));
      if (await stopWorker(worker, batch + 1)) stops++;
      await new Promise((r) => setTimeout(r, 300 + 200 * (batch % 3)));
    }
    assert.equal(pushed.length, BATCHES * PER_BATCH);
    assert.ok(stops >= BATCHES / 2, `the worker was stopped ${stops} times`);

    // A last message wakes the worker if the last stop left it down, and marks the end of the stream.
    const last = (await (await fetch(`${site.url}/__control/push`, { method: 'POST', body: JSON.stringify({ fanId: FAN, text: 'sw last', count: 1 }) })).json()).pushed.map(String);
    pushed.push(...last);
    const list = pushed.map((id) => `'${id}'`).join(',');
    const stored = await eventually(async () => {
      const rows = await db.rows(`SELECT message_id, xmin::text::bigint FROM ingest.messages WHERE user_id = '${USER}' AND message_id IN (${list})`);
      return rows.length === pushed.length ? rows : null;
    }, 90_000, 'every pushed message is stored').catch(async (error) => {
      const rows = await db.rows(`SELECT message_id FROM ingest.messages WHERE user_id = '${USER}' AND message_id IN (${list})`);
      const have = new Set(rows.map((r) => r[0]));
      const missing = pushed.map((id, i) => [id, i]).filter(([id]) => !have.has(id)).map(([id, i]) => `${id} (#${i})`);
      throw new Error(`${error.message}; missing ${missing.join(', ')} of ${pushed.length} (worker stopped ${stops} times; agent ${JSON.stringify(await status())})`);
    });

    // One row per message (the key), inserted in the site's order: ingest applies a user's inputs one
    // transaction after another, so a later message never has an older transaction id.
    const xidOf = new Map(stored.map(([id, xid]) => [id, Number(xid)]));
    const reordered = pushed.filter((id, i) => i > 0 && xidOf.get(id) < xidOf.get(pushed[i - 1]));
    assert.deepEqual(reordered, [], 'messages stored in the order the site sent them');
    const archived = await db.count(`SELECT count(*) FROM ingest.raw_events WHERE user_id = '${USER}' AND kind = 'websocket' AND payload LIKE '%sw %'`);
    assert.equal(archived, pushed.length, 'each captured frame archived once');
    await eventually(async () => (await status()).outboxSize === 0, 30_000, 'the outbox drains');
  });
});
