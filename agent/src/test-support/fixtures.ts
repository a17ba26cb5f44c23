import type { RawCapturedEvent } from '../shared/raw-event';

let clock = Date.parse('2025-03-01T18:00:00Z');

/** A captured websocket `api2_chat_message` from fan `fanId`, as the page-hook produces it. */
export function chatMessageEvent(messageId: number, fanId = 100000001, text = 'hi there'): RawCapturedEvent {
  clock += 1000;
  return {
    event: 'websocket',
    data: {
      url: 'wss://ws2.onlyfans.com/ws3/30',
      direction: 'in',
      frame: { api2_chat_message: { id: messageId, text: `<p>${text}</p>`, fromUser: { id: fanId, name: 'Fan A', username: `u${fanId}` }, price: 0, isFree: true, isTip: false, mediaCount: 0, media: [], createdAt: new Date(clock).toISOString() } },
      capturedAt: new Date(clock).toISOString(),
    },
  };
}

/** A captured `GET /chats` response. */
export function chatsEvent(fanIds: number[]): RawCapturedEvent {
  return {
    event: 'fetch',
    data: {
      url: 'https://onlyfans.com/api2/v2/chats?limit=10&offset=0&order=recent&skip_users=all',
      method: 'GET',
      status: 200,
      requestBody: null,
      responseBody: {
        list: fanIds.map((id, i) => ({ withUser: { id, _view: 'm' }, lastMessage: { id: 8000000000000 + i, text: '<p>hey</p>', fromUser: { id }, createdAt: '2025-03-01T18:10:00+00:00' }, unreadMessagesCount: 1 })),
        hasMore: false,
      },
      capturedAt: '2025-03-01T18:04:05.120Z',
    },
  };
}
