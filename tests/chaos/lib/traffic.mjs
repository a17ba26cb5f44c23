// The steady stream: every user sends one live fan message per period, each user at its own (seeded)
// offset inside the period so the load is even. Every sent message is recorded with a marker unique to
// it (its plain text), and every message id per chat is kept, so the checks know what each chat must hold.
import { fanId, fanMessageFrame, snapshotEvents, snapshotFrames } from '../../e2e/lib/bridge-fixtures.mjs';

export const LIVE_FANS = 5; // live messages rotate over the first five fans of each user's snapshot

export class Traffic {
  /** @param {{ agents: object[], everyMs: number, random: () => number }} options */
  constructor({ agents, everyMs, random }) {
    this.agents = agents;
    this.everyMs = everyMs;
    this.offsets = agents.map(() => Math.floor(random() * everyMs));
    this.nextSeq = agents.map(() => 0);
    this.sent = []; // {user, seq, marker, fan, at, phase}
    this.chats = agents.map(() => new Map()); // user -> fan id -> Map(message id -> createdAt)
    this.phase = null;
    this.streaming = false;
    this.timer = null;
  }

  /** Starts (or resumes) the stream, attributing what is sent to `phase`. */
  start(phase) {
    this.phase = phase;
    if (this.streaming) return;
    this.streaming = true;
    const started = Date.now();
    const due = this.offsets.map((o) => started + o);
    this.timer = setInterval(() => {
      const now = Date.now();
      for (let u = 0; u < this.agents.length; u++) {
        if (now < due[u]) continue;
        due[u] += this.everyMs;
        this.agents[u].send(this.liveFrame(u));
      }
    }, 20);
  }

  stop() {
    this.streaming = false;
    clearInterval(this.timer);
  }

  /** The next live message of user `u` (recorded as sent), for the stream or a fault that sends it itself. */
  liveFrame(u) {
    const seq = this.nextSeq[u]++;
    const marker = `chaos-m-${u}-${seq}`;
    const fan = seq % LIVE_FANS;
    const frame = fanMessageFrame(fan, `<p>${marker}</p>`);
    const message = frame.payload.data.frame.api2_chat_message;
    this.remember(u, fanId(fan), message.id, message.createdAt, marker);
    this.sent.push({ user: u, seq, marker, fan, at: Date.now(), phase: this.phase });
    return frame;
  }

  /** A snapshot of `chats` chats in `chunks` chunks; its chat-list messages count in each chat too. */
  snapshot(u, { chats, chunks, snapshotId }) {
    const events = snapshotEvents(chats);
    for (const event of events) {
      for (const entry of event.data.responseBody?.list ?? []) {
        this.remember(u, entry.withUser.id, entry.lastMessage.id, entry.lastMessage.createdAt, entry.lastMessage.text);
      }
    }
    return snapshotFrames(events, { chunks, snapshotId });
  }

  remember(u, chat, messageId, createdAt, text) {
    const chats = this.chats[u];
    if (!chats.has(chat)) chats.set(chat, new Map());
    chats.get(chat).set(String(messageId), { createdAt, text });
  }

  /** What user `u`'s chat `chat` must show: message count and the newest message's text. */
  expected(u, chat) {
    const messages = [...this.chats[u].get(chat).values()];
    const newest = messages.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
    return { count: messages.length, lastText: newest.text.replace(/<[^>]+>/g, '') };
  }
}
