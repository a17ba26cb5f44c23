// A seeded, reproducible generator of hostile WebSocket frames for the gateway. Same seed, same frames.
// Each case says what the gateway must do with it: answer (one `system_error`, or for a valid envelope
// with a poisoned payload its normal answer), or close the socket (invalid UTF-8 in a text frame is a
// protocol violation RFC 6455 requires failing the connection for).

/** mulberry32: tiny, fast, good enough to spread cases; the seed is printed so a failure can be replayed. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chars = (n, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') => Array.from({ length: n }, () => pick(alphabet)).join('');
  return { next, int, pick, chars };
}

const POISON = [
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE ingest.messages; --",
  '1 OR 1=1; SELECT * FROM pg_user',
  'a\u0000b\u0000c',
  '\u0000',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '\u202e\ufeff\ud83d\ude00',
  '%00%27%22',
];
const HUGE_ID = ['92233720368547758070', '18446744073709551616', '-9223372036854775809', '1e400', '123456789012345678901234567890'];
const KNOWN = ['cache_update', 'new_raw_message', 'keepalive', 'ping', 'subscribe', 'unsubscribe', 'send_message', 'command_result', 'sync_request'];

/** A valid envelope of the given type for the role, with hostile strings where the contract allows text. */
function poisonedEnvelope(r, role, id) {
  const poison = r.pick(POISON);
  if (role === 'agent') {
    const event = r.pick([
      { event: 'fetch', data: { url: `https://onlyfans.com/api2/v2/chats?q=${encodeURIComponent(poison)}`, method: 'GET', status: 200, requestBody: poison, responseBody: { list: [{ withUser: { id: poison }, lastMessage: { id: HUGE_ID[0], text: poison } }], hasMore: 'yes' }, capturedAt: new Date(0).toISOString() } },
      { event: 'websocket', data: { url: 'wss://ws2.onlyfans.com/ws3/30', direction: 'in', frame: { api2_chat_message: { id: r.pick(HUGE_ID), text: poison, fromUser: { id: -1 }, price: '$-25.00' } }, capturedAt: '2025-03-01T18:12:00.500Z' } },
      { event: 'xhr', data: { url: 'https://onlyfans.com/api2/v2/payouts/transactions', method: 'GET', status: 200, requestBody: null, responseBody: { list: [{ id: poison, amount: -50, net: 'NaN', status: poison, user: { id: r.pick(HUGE_ID) } }] }, capturedAt: '2025-03-01T18:12:00.500Z' } },
    ]);
    return { type: 'new_raw_message', id, payload: event };
  }
  return r.pick([
    { type: 'ping', id, payload: { clientTime: r.int(0, 2 ** 31) } },
    { type: 'send_message', id, payload: { chatId: String(r.int(1, 1e9)), text: poison.slice(0, 200), price: 0 } },
    { type: 'sync_request', id },
  ]);
}

/** One hostile frame: {category, data (string | Buffer), binary, closes}. */
export function hostileFrame(r, role, index) {
  const id = `fz-${index}`;
  const roll = r.next();
  if (roll < 0.12) {
    // Broken JSON: a valid frame cut short, or garbage.
    const valid = JSON.stringify({ type: r.pick(KNOWN), id, payload: { topic: 'chat:1', clientTime: 1 } });
    return { category: 'broken_json', data: r.pick([valid.slice(0, r.int(0, valid.length - 1)), `{"type":"ping",}`, `{'type':'ping'}`, '{"type":NaN}', r.chars(r.int(1, 200), '{}[]":,\\ntrue'), '']) };
  }
  if (roll < 0.26) {
    // Wrong types in the envelope or the payload.
    return { category: 'wrong_types', data: JSON.stringify(r.pick([
      { type: r.int(0, 1e6) }, { type: null, id }, { type: ['ping'] }, { type: 'ping', id: { x: 1 } }, { type: 'ping', id: true },
      { type: 'ping', id, payload: 'x' }, { type: 'ping', id, payload: [1, 2] }, { type: 'ping', id, payload: { clientTime: 'soon' } },
      { type: 'subscribe', id, payload: { topic: r.int(0, 99) } }, { type: 'cache_update', id, payload: { snapshotId: 1, chunkIndex: '0', chunkCount: -1, events: {} } },
      { type: 'send_message', id, payload: { chatId: 7, text: ['x'], price: 'free' } }, { type: 'command_result', id, payload: { commandId: null, status: 'maybe' } },
      [], [{ type: 'ping' }], null, true, 42, 'ping',
    ])) };
  }
  if (roll < 0.27) {
    // Huge strings and arrays, under the 1 MiB frame limit.
    const size = r.int(50_000, 900_000);
    return { category: 'huge', data: r.pick([
      JSON.stringify({ type: 'subscribe', id, payload: { topic: `chat:${'9'.repeat(size)}` } }),
      JSON.stringify({ type: r.chars(size), id }),
      `{"type":"cache_update","id":"${id}","payload":{"snapshotId":"s","chunkIndex":0,"chunkCount":1,"events":[${'1,'.repeat(Math.floor(size / 2))}1]}}`,
      JSON.stringify({ type: 'ping', id, payload: { clientTime: 1, junk: 'x'.repeat(size) } }),
    ]) };
  }
  if (roll < 0.36) {
    // Deep nesting, far over the parser's depth limit.
    const depth = r.int(65, 5_000);
    return { category: 'deep', data: r.pick([
      '['.repeat(depth) + ']'.repeat(depth),
      `{"type":"ping","id":"${id}","payload":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
      `{"type":"new_raw_message","id":"${id}","payload":{"event":"fetch","data":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
    ]) };
  }
  if (roll < 0.46) {
    // Numbers over 2^63 where ids and counters go.
    const big = r.pick(HUGE_ID);
    return { category: 'huge_ids', data: r.pick([
      `{"type":"ping","id":${big}}`,
      `{"type":"ping","id":"${id}","payload":{"clientTime":${big}}}`,
      `{"type":"subscribe","id":"${id}","payload":{"topic":"chat:${big.replace(/[^0-9]/g, '')}"}}`,
      `{"type":"cache_update","id":"${id}","payload":{"snapshotId":"s","chunkIndex":${big},"chunkCount":${big},"events":[]}}`,
      `{"type":"unsubscribe","id":"${id}","payload":{"topic":"chat:${big}"}}`,
    ]) };
  }
  if (roll < 0.54) {
    // Binary frames: random bytes, or a perfectly valid frame sent as binary.
    const bytes = r.next() < 0.5 ? Buffer.from(Array.from({ length: r.int(1, 2048) }, () => r.int(0, 255))) : Buffer.from(JSON.stringify({ type: 'ping', id }));
    return { category: 'binary', data: bytes, binary: true };
  }
  if (roll < 0.66) {
    // Unknown types, including prototype-ish names and control characters.
    const type = r.pick(['__proto__', 'constructor', 'PING', 'ping ', ' ping', 'message_ack', 'full_sync_response', '', '\u0000', r.chars(r.int(1, 40)), r.pick(POISON)]);
    return { category: 'unknown_type', data: JSON.stringify({ type, id, payload: {} }) };
  }
  if (roll < 0.76) {
    // Valid envelopes whose fields break the rules: poisoned topics, over-long ids, NUL bytes.
    return { category: 'bad_fields', data: JSON.stringify(r.pick([
      { type: 'subscribe', id, payload: { topic: `chat:${r.pick(POISON)}` } },
      { type: 'subscribe', id, payload: { topic: r.pick(['user:1', 'chat:', 'chat:1:2', '*', 'chat:*', `chat:1\u0000`]) } },
      { type: 'unsubscribe', id, payload: { topic: r.pick(POISON) } },
      { type: 'ping', id: 'x'.repeat(r.int(129, 5000)) },
      { type: 'cache_update', id, payload: { snapshotId: r.pick(POISON), chunkIndex: 5, chunkCount: 2, events: [] } },
      { type: 'send_message', id, payload: { chatId: r.pick(POISON), text: 'x'.repeat(10_001) } },
    ])) };
  }
  // Valid envelopes with poisoned payloads: these are accepted (ack / pong), never a crash.
  return { category: 'poisoned_valid', data: JSON.stringify(poisonedEnvelope(r, role, id)), valid: true };
}

/** Invalid UTF-8 sent as a TEXT frame (ws would refuse to build one from a string, so bytes). */
export function invalidUtf8Frame(r) {
  return Buffer.concat([Buffer.from('{"type":"ping","payload":{"x":"'), Buffer.from(r.pick([[0xc3, 0x28], [0xff, 0xfe], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]])), Buffer.from('"}}')]);
}
