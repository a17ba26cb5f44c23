// The Bridge dashboard against the real stack (gateway, ingest, graph, enrichment), in headless Chromium.
// A scripted Agent feeds captured site traffic; the dashboard must show it live.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { ARTIFACTS, startStack } from './lib/stack.mjs';
import { connect } from './lib/ws-client.mjs';
import { fanId, fanMessageFrame, snapshotEvents, snapshotFrames } from './lib/bridge-fixtures.mjs';
import { buildBridgeWeb, openDashboard, waitForLevel } from './lib/bridge-browser.mjs';

const CONVERSATIONS = 200;
const user = `bridge-e2e-${randomUUID().slice(0, 8)}`;
const shot = (page, name) => page.screenshot({ path: resolve(ARTIFACTS, `bridge-${name}.png`) });

describe('Bridge dashboard on the real stack', () => {
  let stack;
  let agent;
  let ui;

  const preview = (text) => ui.page.locator('[data-testid=conv-preview]', { hasText: text });
  const openChat = async (index) => {
    await ui.page.evaluate((id) => { location.hash = `#/chat/${id}`; }, String(fanId(index)));
    await ui.page.waitForSelector('[data-testid=chat-view]');
  };

  before(async () => {
    buildBridgeWeb();
    stack = await startStack({ bridgeWeb: true, name: 'bridge' });
    agent = await connect(stack.wsUrl, stack.token(user, 'agent'));
    ui = await openDashboard(stack.gatewayUrl, stack.token(user, 'bridge'));
    await waitForLevel(ui.page, 'connected');
  });

  after(async () => {
    await ui?.browser.close();
    agent?.close();
    await stack?.stop();
  });

  test('a snapshot of 200 conversations from the agent shows 200 in the inbox', async () => {
    for (const frame of snapshotFrames(snapshotEvents(CONVERSATIONS))) agent.send(frame);
    await ui.page.waitForSelector(`[data-testid=inbox-count][data-count="${CONVERSATIONS}"]`, { timeout: 60_000 });
    assert.equal(await ui.page.locator('[data-testid=inbox-count]').getAttribute('data-count'), String(CONVERSATIONS));
    await shot(ui.page, 'inbox');
  });

  test('a delta appears live within a second, without a reload', async () => {
    await ui.page.selectOption('select[aria-label="Sort conversations"]', 'recent'); // the newest on top
    const navigations = [];
    ui.page.on('framenavigated', (frame) => navigations.push(frame.url()));
    // The first delta warms up every hop of the pipeline; the second is the one timed.
    agent.send(fanMessageFrame(3, '<p>warm-up</p>'));
    await preview('warm-up').waitFor({ timeout: 30_000 });
    const text = `live ${randomUUID().slice(0, 8)}`;
    const sentAt = Date.now();
    agent.send(fanMessageFrame(4, `<p>${text}</p>`));
    await preview(text).waitFor({ timeout: 5_000 });
    const elapsed = Date.now() - sentAt;
    // The 1 s goal is measured by bench/ (timing goals live there); this test proves the delta arrives
    // live without a reload, with a bound loose enough for a loaded CI machine.
    console.log(`delta visible after ${elapsed} ms`);
    assert.ok(elapsed < 10_000, `the delta took ${elapsed} ms to appear`);
    assert.deepEqual(navigations, [], 'the page never reloaded');
  });

  test('a message whose text is an HTML tag shows as text and runs nothing', async () => {
    const text = '<img src=x onerror=alert(1)>';
    // The site sends HTML with entities; ingest decodes them, so the plain text is the tag itself.
    agent.send(fanMessageFrame(5, '<p>&lt;img src=x onerror=alert(1)&gt;</p>'));
    await preview(text).waitFor({ timeout: 15_000 });
    await openChat(5);
    const bubble = ui.page.locator('[data-testid=message-text]', { hasText: text });
    await bubble.waitFor({ timeout: 15_000 });
    assert.equal(await bubble.first().textContent(), text);
    assert.equal(await ui.page.locator('img[src="x"]').count(), 0, 'no <img> element was created');
    assert.deepEqual(ui.dialogs, [], 'no dialog fired');
    await shot(ui.page, 'chat');
  });

  test('notes and tags edited on a fan persist (REST through the gateway, generated client)', async () => {
    const id = String(fanId(5));
    await openChat(5);
    const panel = ui.page.locator('[data-testid=fan-panel]');
    await panel.getByLabel('Tags').fill('vip, cats'); // waits until the notes have loaded (the fields are enabled)
    await panel.getByLabel('Notes').fill('likes cats');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByText('Saved').waitFor({ timeout: 15_000 });

    const response = await fetch(`${stack.gatewayUrl}/api/v1/fans/${id}`, { headers: { Authorization: `Bearer ${stack.token(user, 'bridge')}` } });
    assert.equal(response.status, 200);
    const fan = await response.json();
    assert.deepEqual([fan.notes, fan.tags], ['likes cats', ['vip', 'cats']]);
    // Another fan's panel loads its own (empty) notes; back on this fan, the panel shows what the graph stored.
    const notesAre = (value) => ui.page.waitForFunction((v) => document.querySelector('[data-testid=fan-panel] [aria-label=Notes]')?.value === v, value);
    await openChat(6);
    await notesAre('');
    await openChat(5);
    await notesAre('likes cats');
    assert.equal(await panel.getByLabel('Tags').inputValue(), 'vip, cats');
  });

  test('a suggestion streams, is approved in the UI, and the agent receives command_to_execute', async () => {
    const chatId = String(fanId(6));
    await openChat(6);
    agent.send(fanMessageFrame(6, '<p>Hey! How much for a custom video?</p>'));
    const card = ui.page.locator('[data-testid=suggestion]').first();
    await card.waitFor({ timeout: 30_000 });
    await ui.page.locator('[data-testid=suggestion][data-state=pending_approval]').waitFor({ timeout: 30_000 });
    const start = ui.received.find((f) => f.type === 'stream_start' && f.payload.chatId === chatId);
    assert.ok(start, 'the dashboard received stream_start');
    assert.ok(ui.received.some((f) => f.type === 'stream_chunk' && f.payload.streamId === start.payload.streamId), 'and streamed chunks');
    const end = ui.received.find((f) => f.type === 'stream_end' && f.payload.streamId === start.payload.streamId);
    assert.equal((await card.locator('[data-testid=suggestion-text]').textContent()).trim(), end.payload.text.trim());

    await card.getByRole('button', { name: 'Approve' }).click();
    const command = await agent.waitFor((f) => f.type === 'command_to_execute' && f.payload.command.chatId === chatId, 15_000);
    assert.equal(command.payload.command.commandId, end.payload.commandId);

    agent.send({ type: 'command_result', id: `result-${command.payload.command.commandId}`, payload: { commandId: command.payload.command.commandId, status: 'sent', executedAt: new Date().toISOString() } });
    await ui.page.locator('[data-testid=suggestion][data-state=sent]').waitFor({ timeout: 15_000 });
  });

  test('analytics renders from the same socket', async () => {
    await ui.page.click('text=Analytics');
    await ui.page.waitForSelector('[data-testid=analytics-view]');
    // Charts lay out after measuring their container: wait until each has drawn, then take the screenshot.
    await ui.page.waitForFunction(() => [...document.querySelectorAll('.recharts-responsive-container')].every((c) => c.querySelector('svg')));
    await shot(ui.page, 'analytics');
    await ui.page.click('text=Inbox');
    await ui.page.waitForSelector(`[data-testid=inbox-count][data-count="${CONVERSATIONS}"]`);
    // Leaving the inbox must not reset its sort: the restart test below relies on the newest chat on top.
    assert.equal(await ui.page.locator('select[aria-label="Sort conversations"]').inputValue(), 'recent');
  });

  test('the gateway killed and restarted: yellow, then green, and the data is current', async () => {
    const receivedBeforeRestart = ui.received.length;
    await stack.stopService('gateway');
    await waitForLevel(ui.page, 'connecting', 10_000);
    await stack.startService('gateway');
    // The agent reconnects and reports a message the dashboard may have missed while away.
    agent = await connect(stack.wsUrl, stack.token(user, 'agent'));
    const text = `after restart ${randomUUID().slice(0, 8)}`;
    agent.send(fanMessageFrame(7, `<p>${text}</p>`));
    await waitForLevel(ui.page, 'connected', 45_000);
    await preview(text).waitFor({ timeout: 30_000 });
    // Whatever it missed, the new connection was resynchronised with a full snapshot.
    assert.ok(ui.received.slice(receivedBeforeRestart).some((f) => f.type === 'full_sync_response'), 'a full_sync_response after the restart');
    assert.equal(await ui.page.locator('[data-testid=inbox-count]').getAttribute('data-count'), String(CONVERSATIONS));
    assert.deepEqual(ui.errors, [], 'no uncaught page errors');
  });
});
