// Isolation: bad tokens and foreign origins are refused on the socket and on every route that reads user
// data; user B, with B's own valid token, tries every route and topic with user A's chat and fan ids and
// never sees A's data, on REST or on B's sockets, while A's own dashboard does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startStack } from './lib/stack.mjs';
import { connect } from './lib/ws-client.mjs';
import { eventually } from './lib/faults-probes.mjs';
import { snapshotEvents, snapshotFrames, fanMessageFrame, fanId } from './lib/bridge-fixtures.mjs';
import { refusedTokens } from './lib/faults-tokens.mjs';

const A = 'iso-user-a';
const B = 'iso-user-b';
const FANS = 4;
const CHAT = String(fanId(0));
const FAN = String(fanId(1));
const ROUTES = [
  '/api/v1/conversations', `/api/v1/conversations/${CHAT}/messages`, '/api/v1/analytics', `/api/v1/fans/${FAN}`,
  '/api/v1/export', '/api/v1/export?format=csv', '/api/v1/settings', '/api/v1/commands', '/api/v1/suggestions',
];
// Text only A's data contains (names, usernames, message text); ids are not used because a refusal may echo
// the requested id back.
const A_MARKERS = ['Fan 000', 'Fan 001', `u${fanId(0)}`, `u${fanId(1)}`, 'Hi from fan', 'Thanks fan', 'creator_demo', 'isolation-secret'];

let stack;
let gatewayOrigin;

before(async () => {
  stack = await startStack({ name: 'faults-iso' });
  gatewayOrigin = stack.gatewayUrl;
});

after(async () => {
  await stack?.stop();
});

const get = (path, { token, origin } = {}) => fetch(`${stack.gatewayUrl}${path}`, {
  headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(origin ? { origin } : {}) },
});

/** The HTTP status of a /ws upgrade (101 when it opened). */
function upgradeStatus(token, origin) {
  const query = token === null ? '' : `?access_token=${encodeURIComponent(token)}`;
  return new Promise((resolve) => {
    const socket = new WebSocket(`${stack.wsUrl}${query}`, { headers: origin ? { origin } : {} });
    socket.once('open', () => { socket.terminate(); resolve(101); });
    socket.once('unexpected-response', (_, res) => { socket.terminate(); resolve(res.statusCode); });
    socket.once('error', () => resolve('error'));
  });
}

const leaks = (text) => A_MARKERS.filter((m) => text.includes(m));

test('tokens that are expired, wrongly signed, alg none, tampered, of another issuer or missing are refused (401)', async () => {
  await Promise.all(Object.entries(refusedTokens(B, A)).map(async ([name, token]) => {
    assert.equal(await upgradeStatus(token), 401, `/ws with a ${name} token`);
    for (const route of ROUTES) {
      const response = await get(route, { token });
      assert.equal(response.status, 401, `${route} with a ${name} token`);
    }
  }));
});

test('a foreign Origin is refused (403) on the socket and every user-data route, even with a valid token', async () => {
  const token = stack.token(B);
  for (const origin of ['https://evil.example', 'http://127.0.0.1:1', 'null', 'chrome-extension-x://abc']) {
    assert.equal(await upgradeStatus(token, origin), 403, `/ws from ${origin}`);
    for (const route of ROUTES) assert.equal((await get(route, { token, origin })).status, 403, `${route} from ${origin}`);
  }
  // The dashboard's own origin still works: the refusal is about the origin, not the route.
  assert.equal(await upgradeStatus(token, gatewayOrigin), 101);
  assert.equal((await get('/api/v1/conversations', { token, origin: gatewayOrigin })).status, 200);
});

test("user B never reads, subscribes to or receives user A's data", async () => {
  const dashboardA = await connect(stack.wsUrl, stack.token(A, 'bridge'));
  const dashboardB = await connect(stack.wsUrl, stack.token(B, 'bridge'));
  const agentB = await connect(stack.wsUrl, stack.token(B, 'agent'));
  const agentA = await connect(stack.wsUrl, stack.token(A, 'agent'));

  // A's Agent sends a snapshot and a live message; wait until A can read them.
  for (const frame of snapshotFrames(snapshotEvents(FANS), { chunks: 2 })) {
    agentA.send(frame);
    await agentA.waitFor((f) => f.type === 'message_ack' && f.id === frame.id, 20_000);
  }
  const delta = fanMessageFrame(0, '<p>isolation-secret</p>');
  agentA.send(delta);
  await agentA.waitFor((f) => f.type === 'message_ack' && f.id === delta.id, 20_000);
  await eventually(async () => {
    const body = await (await get('/api/v1/conversations', { token: stack.token(A) })).text();
    return body.includes('Fan 000') && body.includes('Fan 003');
  }, 60_000, "A's conversations appear for A");
  await eventually(async () => (await (await get(`/api/v1/conversations/${CHAT}/messages`, { token: stack.token(A) })).text()).includes('isolation-secret'), 60_000, "A's live message is stored");
  await dashboardA.waitFor((f) => JSON.stringify(f).includes('isolation-secret'), 30_000);

  // B asks for A's chats and fans on every route: nothing of A's comes back.
  const tokenB = stack.token(B);
  for (const route of ROUTES) {
    const response = await get(route, { token: tokenB });
    const body = await response.text();
    assert.ok([200, 204, 404].includes(response.status), `${route} for B: ${response.status}`);
    assert.deepEqual(leaks(body), [], `${route} for B leaks A's data: ${body.slice(0, 300)}`);
  }
  const conversationsB = await (await get('/api/v1/conversations', { token: tokenB })).json();
  assert.equal(conversationsB.total ?? conversationsB.items?.length ?? 0, 0, 'B has no conversations');

  // B's sockets try A's topics and a resync; then A produces more traffic B must not see.
  for (let i = 0; i < FANS; i++) {
    const id = `sub-${i}`;
    dashboardB.send({ type: 'subscribe', id, payload: { topic: `chat:${fanId(i)}` } });
    await dashboardB.waitFor((f) => f.id === id && (f.type === 'message_ack' || f.type === 'system_error'));
  }
  dashboardB.send({ type: 'sync_request', id: 'sync-b' });
  await dashboardB.waitFor((f) => f.type === 'full_sync_response', 30_000);
  dashboardB.send({ type: 'subscribe', id: 'foreign', payload: { topic: `user:${A}` } });
  assert.equal((await dashboardB.waitFor((f) => f.id === 'foreign')).payload.code, 'forbidden');
  const late = fanMessageFrame(1, '<p>isolation-secret late</p>');
  agentA.send(late);
  await dashboardA.waitFor((f) => JSON.stringify(f).includes('isolation-secret late'), 30_000);

  // A round trip on B's sockets after A's last frame: anything routed to B would have arrived by now.
  for (const [name, client] of [['dashboardB', dashboardB], ['agentB', agentB]]) {
    client.send({ type: 'ping', id: 'last' });
    await client.waitFor((f) => f.type === 'pong' && f.id === 'last');
    assert.deepEqual(leaks(JSON.stringify(client.frames)), [], `${name} received A's data`);
  }
  assert.ok(dashboardA.frames.length > 0 && leaks(JSON.stringify(dashboardA.frames)).length > 0, "A's dashboard got A's data");
  for (const client of [dashboardA, dashboardB, agentA, agentB]) client.close();
});
