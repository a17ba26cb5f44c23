// Captured events that pass the gateway's envelope checks but are hostile inside: what a changed site,
// a broken page or a tampered Agent could send. Each case names the parse status ingest must archive it
// with; every case's URL carries `case=NAME`, so its archive row, log line and rows can be found.
// Poisoned cases hide a valid-looking message or transaction next to the poison: it must not be stored
// (an event is applied whole or not at all).

const SITE = 'https://onlyfans.com/api2/v2';
const SOCKET = 'wss://ws2.onlyfans.com/ws3/30';
// A number literal JSON.stringify cannot write: replaced in the frame's text before it is sent.
export const RAW = { huge: '"@@huge@@"', big: '"@@big@@"' };
const RAW_TEXT = { [RAW.huge]: `1${'0'.repeat(400)}`, [RAW.big]: '5e28' };

/** The frame's text, with the raw number placeholders written as JSON number literals. */
export function frameText(frame) {
  let text = JSON.stringify(frame);
  for (const [placeholder, literal] of Object.entries(RAW_TEXT)) text = text.replaceAll(placeholder, literal);
  return text;
}

function rest(path, name, responseBody, { method = 'GET', status = 200, event = 'fetch' } = {}) {
  const url = `${SITE}${path}${path.includes('?') ? '&' : '?'}case=${name}`;
  return { event, data: { url, method, status, requestBody: null, responseBody, capturedAt: new Date().toISOString() } };
}

function socket(name, frame) {
  return { event: 'websocket', data: { url: `${SOCKET}?case=${name}`, direction: 'in', frame, capturedAt: new Date().toISOString() } };
}

/**
 * The hostile cases for one user. `site` hands out ids: `site.message(fanId, text)` a valid message,
 * `site.messageId()` a fresh id. Returns [{name, status, event, hidden: {messages, transactions, chats}}].
 */
export function hostileCases(site) {
  const fan = site.fanId;
  const hidden = () => ({ messages: [], transactions: [], chats: [] });
  const cases = [];
  const add = (name, status, build) => {
    const h = hidden();
    cases.push({ name, status, event: build(h), hidden: h });
  };
  const hideMessage = (h, fanIndex, text) => {
    const message = site.message(fan(fanIndex), text);
    h.messages.push(String(message.id));
    return message;
  };
  const hideTransaction = (h, amount, fanIndex = 0) => {
    const id = `tx-hidden-${site.messageId()}`;
    h.transactions.push(id);
    return { id, amount, fee: 0, net: amount, currency: 'USD', status: 'done', description: `Tip from <a href="#">u${fan(fanIndex)}</a>`, user: { id: fan(fanIndex) }, createdAt: new Date().toISOString() };
  };

  // Chat lists of the wrong type, or with poisoned items beside good ones.
  add('chats-list-is-text', 'UnknownShape', () => rest('/chats', 'chats-list-is-text', { list: 'not a list', hasMore: false }));
  add('chats-list-of-numbers', 'Invalid', () => rest('/chats', 'chats-list-of-numbers', { list: [1, 2, 3] }));
  add('chats-user-id-is-object', 'Invalid', (h) => {
    h.chats.push(String(fan(7)));
    return rest('/chats', 'chats-user-id-is-object', { list: [
      { withUser: { id: fan(7) }, lastMessage: hideMessage(h, 7, 'hidden before object id'), unreadMessagesCount: 1 },
      { withUser: { id: { $gt: 0 } }, lastMessage: hideMessage(h, 8, 'hidden object id') },
    ] });
  });
  add('chats-negative-price-after-good-chat', 'Invalid', (h) => {
    h.chats.push(String(fan(9)));
    return rest('/chats', 'chats-negative-price-after-good-chat', { list: [
      { withUser: { id: fan(9), _view: 's' }, lastMessage: hideMessage(h, 9, 'hidden good chat'), unreadMessagesCount: 2 },
      { withUser: { id: fan(1) }, lastMessage: { ...hideMessage(h, 1, 'hidden negative price'), price: -25 } },
    ] });
  });

  // Pages of one chat's messages: missing, fractional, over-long and object ids; wrong-typed text; bad dates.
  const page = (name, poisoned) => add(name, 'Invalid', (h) => rest(`/chats/${fan(0)}/messages`, name, {
    list: [hideMessage(h, 0, `hidden beside ${name}`), poisoned(h)], hasMore: false,
  }));
  page('message-without-id', (h) => { const { id, ...message } = hideMessage(h, 0, 'x'); h.messages.pop(); return message; });
  page('message-fractional-id', () => ({ ...site.message(fan(0), 'fractional'), id: 1.5 }));
  page('message-80-digit-id', () => ({ ...site.message(fan(0), '80 digits'), id: '9'.repeat(80) }));
  page('message-id-1e400', () => ({ ...site.message(fan(0), '1e400'), id: RAW.huge }));
  page('message-text-is-number', (h) => ({ ...hideMessage(h, 0, 'x'), text: 42 }));
  page('message-date-is-text', (h) => ({ ...hideMessage(h, 0, 'x'), createdAt: 'the day after tomorrow' }));
  page('message-date-far-future', (h) => ({ ...hideMessage(h, 0, 'x'), createdAt: 1e300 }));
  page('message-without-sender', (h) => { const { fromUser, ...m } = hideMessage(h, 0, 'x'); return m; });
  page('message-tip-negative', (h) => ({ ...hideMessage(h, 0, 'x'), isTip: true, tipAmount: '$-5.00' }));
  add('message-page-chat-id-not-a-number', 'Invalid', (h) => rest('/chats/abc/messages', 'message-page-chat-id-not-a-number', { list: [hideMessage(h, 0, 'hidden in chat abc')] }));

  // Responses that are not data.
  add('non-json-body', 'NonJson', () => rest(`/chats/${fan(0)}/messages`, 'non-json-body', '<html><body>502 Bad Gateway</body></html>'));
  add('error-status', 'ErrorStatus', () => rest(`/chats/${fan(0)}/messages`, 'error-status', { error: { code: 0, message: 'Session expired' } }, { status: 500 }));
  add('unknown-endpoint', 'Unsupported', () => rest('/streams/feed', 'unknown-endpoint', { list: [{ id: 1 }] }));
  add('foreign-site', 'Unsupported', () => ({ event: 'xhr', data: { url: 'https://evil.example/api2/v2/chats?case=foreign-site', method: 'GET', status: 200, requestBody: null, responseBody: { list: [] }, capturedAt: new Date().toISOString() } }));

  // Transactions: negative and absurd amounts beside a good one, not-a-number money, broken text.
  const payouts = (name, status, poisoned) => add(name, status, (h) => rest('/payouts/transactions', name, { list: [hideTransaction(h, 10), poisoned(h)] }));
  payouts('transaction-negative-amount', 'Invalid', (h) => hideTransaction(h, -50));
  payouts('transaction-amount-1e400', 'Invalid', (h) => hideTransaction(h, RAW.huge));
  payouts('transaction-amount-5e28', 'Invalid', (h) => hideTransaction(h, RAW.big));
  payouts('transaction-amount-nan', 'Invalid', (h) => hideTransaction(h, 'NaN'));
  payouts('transaction-amount-is-object', 'Invalid', (h) => hideTransaction(h, { value: 5 }));
  payouts('transaction-without-id', 'Invalid', (h) => { const { id, ...t } = hideTransaction(h, 5); h.transactions.pop(); return t; });
  payouts('transaction-id-with-nul', 'Invalid', (h) => ({ ...hideTransaction(h, 5), id: 'tx\u0000nul' }));
  payouts('transaction-status-with-nul', 'Invalid', (h) => ({ ...hideTransaction(h, 5), status: 'do\u0000ne' }));
  payouts('transaction-currency-lone-surrogate', 'Invalid', (h) => ({ ...hideTransaction(h, 5), currency: 'U\ud800D' }));

  // The site's own socket: a frame that is not JSON, poisoned money, a good push beside a non-object.
  add('socket-frame-is-text', 'NonJson', () => socket('socket-frame-is-text', 'api2_chat_message: not json'));
  add('socket-negative-price', 'Invalid', (h) => socket('socket-negative-price', { api2_chat_message: { ...hideMessage(h, 2, 'hidden socket'), price: -1 } }));
  add('socket-message-is-array', 'Invalid', () => socket('socket-message-is-array', { api2_chat_message: [1, 2] }));
  add('socket-good-push-beside-number', 'UnknownShape', (h) => socket('socket-good-push-beside-number', [{ api2_chat_message: hideMessage(h, 2, 'hidden beside number') }, 5]));
  add('socket-media-kind-with-nul', 'Invalid', (h) => socket('socket-media-kind-with-nul', { api2_chat_message: { ...hideMessage(h, 2, 'hidden media'), media: [{ type: 'pho\u0000to' }], mediaCount: 1 } }));
  return cases;
}
