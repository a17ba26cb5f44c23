// The fake site's data, in the shapes of SITE_API.md: 9-digit user ids, 13-digit message ids.
export const CREATOR = { id: 200000002, name: 'Creator', username: 'creator_demo', isPerformer: true };
export const FANS = [1, 2, 3, 4, 5].map((n) => ({ id: 100000000 + n, name: `Fan ${String.fromCharCode(64 + n)}`, username: `u${100000000 + n}`, avatar: null }));

let nextMessageId = 8000000000000;
let clock = Date.parse('2025-03-01T18:00:00Z');

export function newMessage(fromUser, text, { price = 0 } = {}) {
  clock += 60_000;
  return {
    responseType: 'message',
    id: ++nextMessageId,
    text: `<p>${text}</p>`,
    fromUser,
    createdAt: new Date(clock).toISOString().replace('Z', '+00:00').replace('.000', ''),
    isFree: price === 0,
    price,
    isOpened: false,
    canPurchase: false,
    isTip: false,
    tipAmount: 0,
    mediaCount: 0,
    media: [],
    isFromQueue: false,
    queueId: null,
  };
}

/** Per fan: a short history, oldest first. */
export function initialThreads() {
  const threads = new Map();
  for (const fan of FANS) {
    threads.set(fan.id, [
      newMessage({ id: fan.id, _view: 's' }, `hello from ${fan.name}`),
      newMessage({ id: CREATOR.id, _view: 's' }, `hi ${fan.name} &amp; welcome`),
      newMessage({ id: fan.id, _view: 's' }, 'how are you?'),
    ]);
  }
  return threads;
}

export function chatsPage(threads, limit, offset) {
  const list = FANS.slice(offset, offset + limit).map((fan) => {
    const messages = threads.get(fan.id);
    return {
      withUser: { id: fan.id, _view: 'm' },
      lastMessage: messages.at(-1),
      lastReadMessageId: messages.at(-2).id,
      unreadMessagesCount: 1,
      hasUnreadTips: false,
      canSendMessage: true,
      canNotSendReason: false,
    };
  });
  return { list, hasMore: offset + limit < FANS.length, nextOffset: offset + limit };
}
