// Poisoned raw events past the envelope: valid `new_raw_message` / `cache_update` frames whose captured
// events are hostile (wrong-typed chat lists, negative and absurd amounts, non-JSON bodies, missing and
// over-long ids, NUL bytes, HTML in names), interleaved with good events of the same user and of another
// user, through the real gateway -> RabbitMQ -> ingest -> graph/enrichment -> PostgreSQL.
// The promise (docs/ingest.md): a bad event is archived with its status and counted, never fatal, never
// half-applied; the good data around it is stored exactly; no consumer fails (error queues stay empty).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStack, ARTIFACTS } from './lib/stack.mjs';
import { connect } from './lib/ws-client.mjs';
import { postgres } from './lib/pg.mjs';
import { queueDepths } from './lib/infra.mjs';
import { childPid, alive, eventually } from './lib/faults-probes.mjs';
import { hostileCases, frameText } from './lib/faults-poison.mjs';

const NAME = 'faults-poison';
const SERVICES = ['gateway', 'ingest', 'graph', 'enrichment'];
const CREATOR_ID = 300000003;
const FANS = 4;
// Looks like markup and must stay text: stored as written, escaped by whoever displays it.
const HTML_NAME = '<img src=x onerror="alert(1)">Fan "3" & <b>co</b>';

let stack;
let db;
const logStart = {};

before(async () => {
  for (const service of SERVICES) {
    const file = resolve(ARTIFACTS, `${NAME}-${service}.log`);
    logStart[service] = existsSync(file) ? statSync(file).size : 0;
  }
  stack = await startStack({ name: NAME });
  db = postgres(stack.database.url);
});

after(async () => {
  await stack?.stop();
});

/** Site ids and valid site objects for one user; message ids are unique per user. */
function siteOf(userIndex) {
  let next = 9_100_000_000_000 + userIndex * 1_000_000;
  const fanId = (i) => 100000001 + i;
  return {
    fanId,
    messageId: () => ++next,
    message(fromId, text, createdAt = new Date().toISOString()) {
      return { responseType: 'message', id: ++next, text, fromUser: { id: fromId, _view: 's' }, createdAt, isFree: true, price: 0, isOpened: true,
        canPurchase: false, isTip: false, tipAmount: 0, mediaCount: 0, media: [], isFromQueue: false, queueId: null };
    },
  };
}

const rest = (path, responseBody) => ({ event: 'fetch', data: { url: `https://onlyfans.com/api2/v2${path}`, method: 'GET', status: 200, requestBody: null, responseBody, capturedAt: new Date().toISOString() } });

/**
 * One user's traffic: a 2-chunk snapshot (its second chunk mixes good and hostile events), then live
 * frames alternating a good socket message and a hostile event, a good payouts page in the middle, and a
 * good message last. Returns the frames and what must (and must not) be stored.
 */
function trafficOf(userIndex, label) {
  const site = siteOf(userIndex);
  const expected = { messages: new Map(), transactions: new Map(), chats: new Set(), hidden: { messages: [], transactions: [], chats: [] } };
  const cases = hostileCases(site);
  for (const c of cases) for (const key of Object.keys(c.hidden)) expected.hidden[key].push(...c.hidden[key]);

  const list = [];
  const users = {};
  const nameOf = (i) => (i === 3 ? HTML_NAME : `${label} fan ${i}`);
  for (let i = 0; i < FANS; i++) {
    const id = site.fanId(i);
    const last = site.message(id, `<p>${label} snapshot ${i}</p>`, new Date(Date.now() - (i + 1) * 60_000).toISOString());
    expected.messages.set(String(last.id), `${label} snapshot ${i}`);
    expected.chats.add(String(id));
    list.push({ withUser: { id, _view: 'm' }, lastMessage: last, unreadMessagesCount: 1, hasUnreadTips: false, canSendMessage: true });
    users[String(id)] = { id, name: nameOf(i), username: `u${id}` };
  }
  const snapshotId = `${label}-snap`;
  const inSnapshot = cases.splice(0, 3);
  const chunks = [
    [rest('/users/me', { id: CREATOR_ID, name: 'Creator', username: 'creator_poison', isPerformer: true }), rest('/chats?limit=10&offset=0', { list, hasMore: false })],
    [inSnapshot[0].event, rest(`/users/list?${Object.keys(users).map((id) => `m[]=${id}`).join('&')}`, users), inSnapshot[1].event, inSnapshot[2].event],
  ];
  const frames = chunks.map((events, chunkIndex) => ({ type: 'cache_update', id: `${snapshotId}-${chunkIndex}`, payload: { snapshotId, chunkIndex, chunkCount: chunks.length, events } }));

  const good = (n) => {
    const fan = site.fanId(n % FANS);
    const message = { ...site.message(fan, `<p>${label} live ${n} &amp; more</p>`), fromUser: { id: fan, name: nameOf(n % FANS), username: `u${fan}` } };
    expected.messages.set(String(message.id), `${label} live ${n} & more`);
    return { type: 'new_raw_message', id: `${label}-good-${n}`, payload: { event: 'websocket', data: { url: 'wss://ws2.onlyfans.com/ws3/30', direction: 'in', frame: { api2_chat_message: message }, capturedAt: new Date().toISOString() } } };
  };
  cases.forEach((c, n) => {
    frames.push(good(n));
    frames.push({ type: 'new_raw_message', id: `${label}-bad-${c.name}`, payload: c.event });
    if (n === Math.floor(cases.length / 2)) {
      const tips = [['5.00', 5], ['$12.50', 12.5]].map(([amount, value], i) => {
        const id = `${label}-tip-${i}`;
        expected.transactions.set(id, value);
        return { id, amount, fee: 0, currency: 'USD', status: 'done', description: `Tip from <a>u${site.fanId(0)}</a>`, user: { id: site.fanId(0) }, createdAt: new Date().toISOString() };
      });
      frames.push({ type: 'new_raw_message', id: `${label}-tips`, payload: rest('/payouts/transactions', { list: tips }) });
    }
  });
  frames.push(good(cases.length));
  const last = [...expected.messages.keys()].at(-1);
  return { frames, expected, cases: [...inSnapshot, ...cases], last };
}

const column = async (sql) => (await db.rows(sql)).map((r) => r[0]);
const sorted = (values) => [...values].map(String).sort();

function logLines(service) {
  const file = resolve(ARTIFACTS, `${NAME}-${service}.log`);
  return readFileSync(file).subarray(logStart[service]).toString('utf8').split('\n');
}

test('hostile captured events are archived and counted, never fatal, never half-applied; the good data is stored exactly', async () => {
  const pids = Object.fromEntries(SERVICES.map((s) => [s, childPid(`Platform.${s[0].toUpperCase()}${s.slice(1)}`)]));
  const users = [{ id: 'poison-user-a', label: 'alpha' }, { id: 'poison-user-b', label: 'bravo' }].map((u, i) => ({ ...u, ...trafficOf(i, u.label) }));
  for (const user of users) user.agent = await connect(stack.wsUrl, stack.token(user.id, 'agent'));

  // Interleaved: the two users' frames alternate, each user's in its own order on its own socket.
  const longest = Math.max(...users.map((u) => u.frames.length));
  for (let i = 0; i < longest; i++) {
    for (const user of users) if (user.frames[i]) user.agent.socket.send(frameText(user.frames[i]));
  }
  for (const user of users) {
    for (const frame of user.frames) {
      const answer = await user.agent.waitFor((f) => (f.type === 'message_ack' || f.type === 'system_error') && (f.id ?? f.payload?.id) === frame.id, 30_000);
      assert.equal(answer.type, 'message_ack', `${frame.id}: the gateway accepts a valid envelope whatever its events hold (${JSON.stringify(answer.payload)})`);
    }
  }

  // Each user's last frame is a good message: once enrichment's analysis of it is back in the graph, every
  // earlier input went through ingest, graph and enrichment (one partition, in order) or failed.
  for (const user of users) {
    await eventually(() => db.count(`SELECT count(*) FROM graph.message_sentiments WHERE user_id = '${user.id}' AND message_id = '${user.last}'`), 120_000,
      `${user.label}'s last message analysed by enrichment and back in the graph`);
  }

  for (const [service, pid] of Object.entries(pids)) assert.ok(alive(pid), `${service} is still running`);
  const failed = (await queueDepths(stack.vhost.name)).filter((q) => q.name.endsWith('_error') && q.messages > 0).map((q) => `${q.name}=${q.messages}`);
  assert.deepEqual(failed, [], 'no message was dead-lettered');
  for (const service of SERVICES) {
    const faults = logLines(service).filter((l) => l.includes('R-FAULT') || l.includes('"LogLevel":"Critical"')).map((l) => l.slice(0, 400));
    assert.deepEqual(faults, [], `${service} logged no consumer fault`);
  }

  for (const user of users) {
    const { expected } = user;
    const where = `user_id = '${user.id}'`;
    const messages = await db.rows(`SELECT message_id, text_plain FROM ingest.messages WHERE ${where}`);
    assert.deepEqual(sorted(messages.map((m) => m[0])), sorted(expected.messages.keys()), `${user.label}: ingest stored exactly the good messages`);
    for (const [id, text] of messages) assert.equal(text, expected.messages.get(id), `${user.label}: text of message ${id}`);
    assert.deepEqual(sorted(await column(`SELECT message_id FROM graph.messages WHERE ${where}`)), sorted(expected.messages.keys()), `${user.label}: the graph holds exactly the good messages`);

    const transactions = await db.rows(`SELECT transaction_id, amount FROM ingest.transactions WHERE ${where}`);
    assert.deepEqual(Object.fromEntries(transactions.map(([id, amount]) => [id, Number(amount)])), Object.fromEntries(expected.transactions), `${user.label}: exactly the good transactions`);
    assert.deepEqual(sorted(await column(`SELECT transaction_id FROM graph.transactions WHERE ${where}`)), sorted(expected.transactions.keys()), `${user.label}: the graph's transactions`);
    assert.deepEqual(sorted(await column(`SELECT chat_id FROM ingest.chats WHERE ${where}`)), sorted(expected.chats), `${user.label}: exactly the good chats`);
    assert.deepEqual(await column(`SELECT name FROM ingest.fans WHERE ${where} AND fan_id = '100000004'`), [HTML_NAME], `${user.label}: a name that looks like HTML is kept as text`);

    // Nothing of a poisoned event was applied, not even its valid-looking neighbours.
    const leaked = await column(`SELECT message_id FROM ingest.messages WHERE ${where} AND message_id IN (${expected.hidden.messages.map((id) => `'${id}'`).join(',')})`);
    assert.deepEqual(leaked, [], `${user.label}: no message of a poisoned event was stored`);

    // Archived with its status, once; and counted (the ingest.events.unparsed metric is logged with the URL).
    const archived = Object.fromEntries((await db.rows(`SELECT substring(url from 'case=([a-z0-9-]+)'), parse_status, count(*) FROM ingest.raw_events WHERE ${where} AND url LIKE '%case=%' GROUP BY 1, 2`))
      .map(([name, status, count]) => [name, `${status} x${count}`]));
    assert.deepEqual(archived, Object.fromEntries(user.cases.map((c) => [c.name, `${c.status} x1`])), `${user.label}: every hostile event archived once with its status`);
    const warnings = logLines('ingest').filter((l) => l.includes('Captured event not ingested'));
    const uncounted = user.cases.filter((c) => !warnings.some((l) => l.includes(`case=${c.name}`))).map((c) => c.name);
    assert.deepEqual(uncounted, [], `${user.label}: every hostile event is reported (metric + warning with its URL)`);

    const conversations = await (await fetch(`${stack.gatewayUrl}/api/v1/conversations`, { headers: { authorization: `Bearer ${stack.token(user.id)}` } })).json();
    const fan0 = conversations.items.find((c) => c.chatId === '100000001');
    assert.equal(conversations.items.length, FANS, `${user.label}: the dashboard lists the good chats only`);
    assert.equal(fan0.spend.tips, 17.5, `${user.label}: spend counts the good tips only`);
    assert.equal(conversations.items.find((c) => c.chatId === '100000004').fan.name, HTML_NAME);
  }
  for (const user of users) user.agent.close();
});
