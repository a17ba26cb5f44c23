// Captured site traffic for the dashboard's browser tests, shaped as in shared SITE_API.md: a scripted
// Agent sends these as `cache_update` (snapshot) and `new_raw_message` (delta) frames.
export const CREATOR_ID = 200000002;
export const FIRST_FAN_ID = 100000001;

export const fanId = (index) => FIRST_FAN_ID + index;
let nextMessageId = 8_000_000_000_000 + Math.floor(Math.random() * 1_000_000) * 1000;
export const newMessageId = () => ++nextMessageId;

function fetchEvent(path, responseBody, capturedAt = new Date().toISOString()) {
  return { event: 'fetch', data: { url: `https://onlyfans.com/api2/v2${path}`, method: 'GET', status: 200, requestBody: null, responseBody, capturedAt } };
}

function siteMessage(fromId, text, createdAt, extra = {}) {
  return {
    responseType: 'message', id: newMessageId(), text, fromUser: { id: fromId, _view: 's' }, createdAt,
    isFree: true, price: 0, isOpened: true, canPurchase: false, isTip: false, tipAmount: 0, mediaCount: 0, media: [], isFromQueue: false, queueId: null,
    ...extra,
  };
}

/** The events of a snapshot of `count` chats: who I am, the chat list pages, and the fans' profiles. */
export function snapshotEvents(count, { pageSize = 50, now = Date.now() } = {}) {
  const events = [fetchEvent('/users/me', { id: CREATOR_ID, name: 'Creator', username: 'creator_demo', isPerformer: true })];
  for (let offset = 0; offset < count; offset += pageSize) {
    const list = [];
    const users = {};
    for (let i = offset; i < Math.min(count, offset + pageSize); i++) {
      const id = fanId(i);
      // Spread over the last few days, fans and creator alternating as the last speaker.
      const createdAt = new Date(now - (i + 1) * 7 * 60_000).toISOString();
      const lastMessage = i % 2 === 0 ? siteMessage(id, `<p>Hi from fan ${i}</p>`, createdAt) : siteMessage(CREATOR_ID, `<p>Thanks fan ${i}!</p>`, createdAt);
      list.push({ withUser: { id, _view: 'm' }, lastMessage, lastReadMessageId: 0, unreadMessagesCount: i % 2 === 0 ? 1 : 0, hasUnreadTips: false, canSendMessage: true, canNotSendReason: false });
      users[String(id)] = { id, name: `Fan ${String(i).padStart(3, '0')}`, username: `u${id}`, avatar: null };
    }
    const more = offset + pageSize < count;
    events.push(fetchEvent(`/chats?limit=${pageSize}&offset=${offset}&order=recent&skip_users=all`, { list, hasMore: more, nextOffset: offset + pageSize }));
    events.push(fetchEvent(`/users/list?${Object.keys(users).map((id) => `m[]=${id}`).join('&')}`, users));
  }
  return events;
}

/** `cache_update` frames: the snapshot split into chunks, as the Agent sends it. */
export function snapshotFrames(events, { chunks = 2, snapshotId = `snap-${Date.now()}` } = {}) {
  const size = Math.ceil(events.length / chunks);
  return Array.from({ length: chunks }, (_, chunkIndex) => ({
    type: 'cache_update',
    id: `${snapshotId}-${chunkIndex}`,
    payload: { snapshotId, chunkIndex, chunkCount: chunks, events: events.slice(chunkIndex * size, (chunkIndex + 1) * size) },
  }));
}

/** A new direct message from a fan, as captured on the site's own WebSocket. */
export function fanMessageFrame(fanIndex, html, { createdAt = new Date().toISOString() } = {}) {
  const id = fanId(fanIndex);
  const message = { ...siteMessage(id, html, createdAt), fromUser: { id, name: `Fan ${String(fanIndex).padStart(3, '0')}`, username: `u${id}` } };
  return {
    type: 'new_raw_message',
    id: `delta-${message.id}`,
    payload: { event: 'websocket', data: { url: 'wss://ws2.onlyfans.com/ws3/30', direction: 'in', frame: { api2_chat_message: message }, capturedAt: createdAt } },
  };
}
