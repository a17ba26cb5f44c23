// The Agent extension in real headless Chromium against the fake site and the real gateway.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStack, ARTIFACTS } from './lib/stack.mjs';
import { startFakeSite } from '../fake-site/server.mjs';
import { agentStatus, buildTestExtension, configureAgent, eventually, launchWithExtension } from './lib/agent-extension.mjs';
import { probePipeline, publishToAgents } from './lib/agent-broker.mjs';

const USER = 'creator-agent-e2e';
const siteMessageIds = (messages) => new Set(messages.flatMap((m) => m.events ?? [])
  .map((e) => e.data?.frame?.api2_chat_message?.id).filter((id) => id !== undefined).map(String));

describe('Agent extension (headless Chromium, fake site, real gateway)', () => {
  let stack, site, extension, browser, worker, page, ingest, enrichment;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ services: ['gateway'], name: 'agent' });
    ingest = await probePipeline(stack.vhost.name, 'ingest');
    enrichment = await probePipeline(stack.vhost.name, 'enrichment');
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

  it('should_send_the_snapshot_then_the_deltas_of_browsing_the_site_to_the_gateway', async () => {
    page = await browser.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => window.fakeSite?.ready === true, null, { timeout: 15_000 });
    // Captured while no gateway is configured: kept in IndexedDB, sent after connecting.
    await eventually(async () => (await agentStatus(worker)).outboxSize >= 9, 10_000, 'the outbox holds what the page loaded');
    await configureAgent(worker, stack.wsUrl, stack.token(USER, 'agent'));
    await eventually(async () => (await agentStatus(worker)).state === 'connected', 20_000, 'the agent connects');

    const snapshot = await eventually(async () => {
      const chunks = (await ingest.take()).filter((m) => m.snapshot);
      return chunks.length > 0 && chunks.length === chunks[0].snapshot.chunkCount ? chunks : null;
    }, 20_000, 'a complete snapshot reaches the broker');
    assert.equal(snapshot[0].userId, USER);
    const urls = snapshot.flatMap((m) => m.events).map((e) => new URL(e.data.url).pathname);
    for (const path of ['/api2/v2/users/me', '/api2/v2/chats', '/api2/v2/users/list', '/api2/v2/chats/100000001/messages', '/api2/v2/chats/100000005/messages']) {
      assert.ok(urls.includes(path), `snapshot holds ${path}`);
    }
    const kinds = new Set(snapshot.flatMap((m) => m.events).map((e) => e.event));
    assert.deepEqual([...kinds].sort(), ['fetch', 'websocket', 'xhr']);

    const pushed = await (await fetch(`${site.url}/__control/push`, { method: 'POST', body: JSON.stringify({ fanId: 100000002, text: 'live hello', count: 3 }) })).json();
    await eventually(async () => {
      const deltas = (await ingest.take()).filter((m) => !m.snapshot);
      const ids = siteMessageIds(deltas);
      return pushed.pushed.every((id) => ids.has(String(id)));
    }, 20_000, 'the pushed messages arrive as deltas');
    await eventually(async () => (await agentStatus(worker)).outboxSize === 0, 20_000, 'every frame is acked and deleted');
    await page.screenshot({ path: resolve(ARTIFACTS, 'agent-fake-site.png') });
  });

  it('should_lose_none_of_100_messages_that_arrive_while_the_gateway_is_down', { timeout: 180_000 }, async () => {
    await stack.stopService('gateway');
    await eventually(async () => (await agentStatus(worker)).state !== 'connected', 10_000, 'the agent notices the outage');
    const ids = [];
    const outageStarted = Date.now();
    for (let batch = 0; batch < 10; batch++) {
      const pushed = await (await fetch(`${site.url}/__control/push`, { method: 'POST', body: JSON.stringify({ fanId: 100000003, text: `outage ${batch}`, count: 10 }) })).json();
      ids.push(...pushed.pushed.map(String));
      await new Promise((r) => setTimeout(r, 1_000));
    }
    assert.equal(ids.length, 100);
    assert.ok(Date.now() - outageStarted >= 10_000);
    await eventually(async () => (await agentStatus(worker)).outboxSize >= 100, 10_000, 'all 100 are in the outbox');
    await stack.startService('gateway');

    await eventually(async () => {
      const seen = siteMessageIds((await ingest.take()).filter((m) => !m.snapshot));
      return ids.every((id) => seen.has(id));
    }, 90_000, 'all 100 messages reach the broker after the reconnect');
    await eventually(async () => (await agentStatus(worker)).outboxSize === 0, 30_000, 'the outbox drains');
  });

  it('should_execute_a_command_on_the_site_and_report_its_result', async () => {
    const commandId = `cmd-${Date.now()}`;
    const command = { commandId, chatId: '100000004', text: 'Thanks & see you <3', price: 0 };
    await eventually(async () => (await agentStatus(worker)).state === 'connected', 30_000, 'the agent is connected');
    await eventually(() => publishToAgents(stack.vhost.name, USER, { type: 'command_to_execute', payload: { command } }).then(() => true, () => false), 15_000, 'the outbound frame is routed');

    const post = await eventually(() => site.received.find((r) => r.chatId === '100000004'), 20_000, 'the fake site receives the POST');
    assert.deepEqual(post.body, { text: '<p>Thanks &amp; see you &lt;3</p>', lockedText: false, mediaFiles: [], price: 0, previews: [] });
    const reported = await eventually(async () => (await enrichment.take()).find((m) => m.commandId === commandId), 20_000, 'command_result reaches the broker');
    assert.equal(String(reported.outcome).toLowerCase(), 'sent');
    assert.equal(reported.userId, USER);
    assert.match(String(reported.siteMessageId), /^\d{13}$/);
    await page.screenshot({ path: resolve(ARTIFACTS, 'agent-after-command.png') });
  });

  it('should_answer_the_dashboard_and_resend_the_snapshot_when_it_asks', async () => {
    const snapshotsBefore = new Set((await ingest.take()).filter((m) => m.snapshot).map((m) => m.snapshot.snapshotId));
    const replies = await page.evaluate(async (id) => {
      const ask = (request) => chrome.runtime.sendMessage(id, request);
      return {
        chats: await ask({ type: 'get_all_chats_from_db' }),
        messages: await ask({ type: 'get_all_messages_from_db', payload: { chatId: '100000001' } }),
        unknown: await ask({ type: 'drop_database' }),
      };
    }, extension.id);
    assert.equal(replies.chats.ok, true);
    assert.deepEqual(replies.chats.data.map((c) => c.chatId).sort(), ['100000001', '100000002', '100000003', '100000004', '100000005']);
    assert.equal(replies.chats.data.find((c) => c.chatId === '100000001').fan.name, 'Fan A');
    assert.equal(replies.messages.ok, true);
    assert.ok(replies.messages.data.length >= 3);
    assert.deepEqual(replies.unknown, { ok: false, error: 'unknown request' });
    await eventually(async () => (await ingest.take()).some((m) => m.snapshot && !snapshotsBefore.has(m.snapshot.snapshotId)), 20_000, 'a new snapshot after the dashboard asked');
  });

  it('should_report_a_clear_failure_when_no_site_tab_is_open', async () => {
    await page.close();
    const commandId = `cmd-notab-${Date.now()}`;
    await publishToAgents(stack.vhost.name, USER, { type: 'command_to_execute', payload: { command: { commandId, chatId: '100000001', text: 'hello?' } } });
    const reported = await eventually(async () => (await enrichment.take()).find((m) => m.commandId === commandId), 20_000, 'the failure reaches the broker');
    assert.equal(String(reported.outcome).toLowerCase(), 'failed');
    assert.equal(reported.error, 'no site tab open');
  });
});
