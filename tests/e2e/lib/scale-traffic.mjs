// The scale test's traffic: USERS scripted Agents (with outboxes) spread over the gateways, each sending
// PER_USER live fan messages in its own order. Every message's plain text is a marker `scale-u{u}-m{k}`,
// so the checks can find it in ingest's and the graph's tables and read back the order it was stored in.
import { fanId, fanMessageFrame, snapshotEvents, snapshotFrames } from './bridge-fixtures.mjs';
import { outboxAgent } from './faults-agent.mjs';

export const CHATS_PER_USER = 5;

export class ScaleTraffic {
  constructor({ wsUrls, token, users, perUser, runId }) {
    this.users = Array.from({ length: users }, (_, u) => `scale-${runId}-u${u}`);
    this.perUser = perUser;
    // User u starts on gateway u % n and moves to the next one when its socket drops.
    this.agents = this.users.map((user, u) => outboxAgent(wsUrls.map((_, i) => wsUrls[(u + i) % wsUrls.length]), token(user, 'agent')));
    this.firstUrl = this.users.map((_, u) => wsUrls[u % wsUrls.length]);
    this.lastMessageOfChat = this.users.map(() => new Map()); // fan id -> site message id
    this.sent = 0;
    this.base = Date.now(); // one second apart: createdAt follows the send order
    // As the real Agent does on connecting: a snapshot first. Its `/users/me` tells ingest who the creator
    // is; without it a socket push cannot be attributed (fan message or the creator's echo) and waits.
    this.agents.forEach((agent, u) => { for (const f of snapshotFrames(snapshotEvents(0), { chunks: 1, snapshotId: `snap-${this.users[u]}` })) agent.send(f); });
  }

  get total() { return this.users.length * this.perUser; }

  /** The k-th message of user u, recorded as that chat's newest. */
  frame(u, k) {
    const fan = k % CHATS_PER_USER;
    const frame = fanMessageFrame(fan, `<p>scale-u${u}-m${k}</p>`, { createdAt: new Date(this.base + k * 1000).toISOString() });
    this.lastMessageOfChat[u].set(String(fanId(fan)), String(frame.payload.data.frame.api2_chat_message.id));
    return frame;
  }

  /**
   * Sends everything at `ratePerSecond` overall, round by round (message k of every user, then k + 1), and
   * calls `atHalf` once half is sent (without waiting for it: the faults happen while sending goes on).
   */
  async send(ratePerSecond, atHalf) {
    const started = Date.now();
    let halfCalled = false;
    for (let k = 0; k < this.perUser; k++) {
      for (let u = 0; u < this.users.length; u++) {
        this.agents[u].send(this.frame(u, k));
        this.sent++;
        if (!halfCalled && this.sent >= this.total / 2) { halfCalled = true; atHalf(); }
        const due = started + (this.sent * 1000) / ratePerSecond;
        if (due > Date.now() + 5) await new Promise((r) => setTimeout(r, due - Date.now()));
      }
    }
  }

  get pending() { return this.agents.reduce((n, a) => n + a.pending, 0); }
  get allConnected() { return this.agents.every((a) => a.connected); }
  stop() { for (const a of this.agents) a.stop(); }
}
