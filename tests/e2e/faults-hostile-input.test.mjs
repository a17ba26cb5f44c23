// Hostile input at the gateway: a seeded fuzzer sends >= 10,000 malformed frames over a few sockets.
// The gateway must never exit, answer every recoverable frame (system_error, or the normal answer of a
// valid envelope with a poisoned payload) on a socket that stays open, keep its memory bounded, and keep
// answering a valid ping on another socket throughout. Replay a run with FUZZ_SEED=<printed seed>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack } from './lib/stack.mjs';
import { connect } from './lib/ws-client.mjs';
import { prng, hostileFrame, invalidUtf8Frame } from './lib/faults-fuzz.mjs';
import { childPid, alive, rssMb, sampleRss, answerCounter, pump, heartbeat } from './lib/faults-probes.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 10_000);
const SOCKETS = [{ user: 'fuzz-a', role: 'bridge' }, { user: 'fuzz-a', role: 'agent' }, { user: 'fuzz-b', role: 'bridge' }, { user: 'fuzz-b', role: 'agent' }];
const INVALID_UTF8_SOCKETS = 20;
// Server GC grows its heaps to a plateau (frames up to 1 MiB are parsed); the plateau must hold.
const MAX_RSS_GROWTH_MB = Number(process.env.FUZZ_MAX_RSS_GROWTH_MB ?? 400);
// The peak is steady (295 and 301 MB in two CI runs) but how it splits between the halves depends on when a
// gen2 GC comes (the huge frames, up to 900 KB, live on the large object heap): 66 and 102 MB in the same two runs.
const MAX_SECOND_HALF_GROWTH_MB = 150;
// Malformed beyond doubt: these must be refused. `huge` and `huge_ids` frames may be legal (a big number
// as a string id, an ignored unknown field), so for them any single answer is right.
const MUST_BE_REFUSED = new Set(['broken_json', 'wrong_types', 'deep', 'binary', 'unknown_type', 'bad_fields']);
const ACCEPTED = new Set(['pong', 'message_ack']);

let stack;
let pid;

before(async () => {
  // The gateway alone: everything under test happens before a frame leaves it (valid agent frames are
  // still confirmed by the broker and acked).
  stack = await startStack({ name: 'faults-fuzz', services: ['gateway'] });
  pid = childPid('Platform.Gateway');
});

after(async () => {
  await stack?.stop();
});

test('the gateway survives 10,000 fuzzed frames, answers each one and keeps serving pings', async () => {
  console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
  const r = prng(SEED);
  // Generate everything first: building big frames blocks this event loop, which would delay pongs.
  const perSocket = Math.ceil(FRAMES / SOCKETS.length);
  const categories = {};
  const planned = SOCKETS.map(({ role }, s) => Array.from({ length: perSocket }, (_, i) => hostileFrame(r, role, s * perSocket + i)));
  const invalidUtf8 = Array.from({ length: INVALID_UTF8_SOCKETS }, () => invalidUtf8Frame(r));
  for (const f of planned.flat()) categories[f.category] = (categories[f.category] ?? 0) + 1;

  const rssBefore = rssMb(pid);
  const rss = sampleRss(pid);
  const pinger = await connect(stack.wsUrl, stack.token('fuzz-c', 'bridge'));
  const beat = heartbeat(pinger);
  const runs = await Promise.all(SOCKETS.map(async ({ user, role }, s) => {
    const client = await connect(stack.wsUrl, stack.token(user, role));
    return { client, counter: answerCounter(client), sent: 0, frames: planned[s], ms: 0 };
  }));
  // Two halves: memory must reach a plateau, not grow with the traffic.
  const half = Math.floor(perSocket / 2);
  const pumpAll = (from, to) => Promise.all(runs.map(async (run) => {
    const started = Date.now();
    run.sent = await pump(run.client, run.counter, run.frames.slice(from, to), { alreadySent: run.sent });
    run.ms += Date.now() - started;
  }));
  await pumpAll(0, half);
  const peakAfterFirstHalf = rss.state.peak;
  await pumpAll(half, perSocket);

  // Invalid UTF-8 in a text frame: RFC 6455 says fail the connection (1007); each on its own socket.
  const utf8Closes = [];
  for (let i = 0; i < INVALID_UTF8_SOCKETS; i++) {
    const client = await connect(stack.wsUrl, stack.token('fuzz-d', 'bridge'));
    const counter = answerCounter(client);
    const closed = new Promise((ok) => client.socket.once('close', (code) => ok(code)));
    client.socket.send(invalidUtf8[i], { binary: false });
    const outcome = await Promise.race([closed, counter.until(1, 10_000).then(() => 'answered', () => closed)]);
    utf8Closes.push(outcome);
    client.socket.terminate();
  }

  await beat.stop();
  rss.stop();
  const rssAfter = rssMb(pid);
  const sent = runs.reduce((n, run) => n + run.sent, 0) + INVALID_UTF8_SOCKETS;
  const errors = {};
  let answers = 0;
  for (const run of runs) {
    answers += run.counter.counts.answers;
    for (const [code, n] of Object.entries(run.counter.counts.errorCodes)) errors[code] = (errors[code] ?? 0) + n;
  }
  const crashes = alive(pid) ? 0 : 1;
  console.log(`fuzz: frames sent ${sent} (${JSON.stringify(categories)}, invalid-utf8 ${INVALID_UTF8_SOCKETS}), answers ${answers}, system_error by code ${JSON.stringify(errors)}, rate_limited ${errors.rate_limited ?? 0}`);
  console.log(`fuzz: invalid-utf8 outcomes ${JSON.stringify(utf8Closes)}; crashes ${crashes}; RSS before ${rssBefore.toFixed(0)} MB, peak after half ${peakAfterFirstHalf.toFixed(0)} MB, peak ${rss.state.peak.toFixed(0)} MB, after ${rssAfter.toFixed(0)} MB; heartbeat ${beat.state.answered}/${beat.state.sent} pongs, slowest ${beat.state.maxMs} ms; sockets took ${runs.map((run) => run.ms).join('/')} ms`);

  assert.equal(crashes, 0, 'the gateway process exited');
  assert.ok(sent >= 10_000 || FRAMES < 10_000, `only ${sent} frames sent`);
  for (const [s, run] of runs.entries()) {
    assert.equal(run.counter.counts.closed, null, `fuzz socket ${s} was closed (${run.counter.counts.closed}); recoverable frames must keep it open`);
    assert.equal(run.counter.counts.answers, run.sent, `fuzz socket ${s}: every frame gets exactly one answer`);
  }
  // A socket answers in arrival order, so answer i belongs to frame i.
  const outcomes = {};
  for (const run of runs) {
    run.frames.forEach((frame, i) => {
      const answer = run.counter.counts.inOrder[i];
      const byAnswer = (outcomes[frame.category] ??= {});
      byAnswer[answer] = (byAnswer[answer] ?? 0) + 1;
      if (MUST_BE_REFUSED.has(frame.category)) assert.ok(!ACCEPTED.has(answer), `frame ${i} (${frame.category}) was accepted (${answer}): ${String(frame.data).slice(0, 200)}`);
      if (frame.valid) assert.ok(ACCEPTED.has(answer), `frame ${i} (valid envelope, poisoned payload) got ${answer}: ${String(frame.data).slice(0, 200)}`);
    });
  }
  console.log(`fuzz: answers by category ${JSON.stringify(outcomes)}`);
  assert.equal(errors.internal_error ?? 0, 0, 'no frame may reach a handler that then fails');
  // 1007 is sent; when the gateway aborts the TCP connection right after, the client may see 1006.
  for (const outcome of utf8Closes) assert.ok([1007, 1006, 'answered'].includes(outcome), `invalid UTF-8: ${outcome}, expected a closed socket (1007) or a system_error`);
  assert.deepEqual(beat.state.failures, [], 'a valid ping on another socket must always get its pong');
  assert.ok(beat.state.answered > 0, 'the heartbeat ran');
  assert.ok(rss.state.peak - rssBefore < MAX_RSS_GROWTH_MB, `RSS grew ${(rss.state.peak - rssBefore).toFixed(0)} MB (limit ${MAX_RSS_GROWTH_MB})`);
  assert.ok(rss.state.peak - peakAfterFirstHalf < MAX_SECOND_HALF_GROWTH_MB, `RSS still grew ${(rss.state.peak - peakAfterFirstHalf).toFixed(0)} MB in the second half (limit ${MAX_SECOND_HALF_GROWTH_MB}): not a plateau`);

  // Still healthy and still serving new sockets afterwards.
  assert.equal((await fetch(`${stack.gatewayUrl}/health`)).status, 200);
  const late = await connect(stack.wsUrl, stack.token('fuzz-c', 'bridge'));
  late.send({ type: 'ping', id: 'late', payload: { clientTime: 1 } });
  await late.waitFor((f) => f.type === 'pong' && f.id === 'late');
  for (const client of [pinger, late, ...runs.map((run) => run.client)]) client.close();
});
