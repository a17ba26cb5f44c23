// A local fake of the site's web app for chats (tests only): the REST shapes of SITE_API.md under
// /api2/v2/, a page that calls them with fetch and XHR, and a WebSocket /ws3/{n} that pushes
// api2_chat_message frames on demand.
//   POST /__control/push {fanId, text, count?}  pushes `count` messages from the fan on every socket
//   GET  /__control/received                    the POST .../messages bodies the site received
//   GET  /__control/state                       {sockets, received}
// Run by hand: node tests/fake-site/server.mjs [port]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acceptWebSocket } from './websocket.mjs';
import { chatsPage, CREATOR, FANS, initialThreads, newMessage } from './site-data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CHAT_MESSAGES = /^\/api2\/v2\/chats\/(\d+)\/messages$/;

const json = (response, status, body) => response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  try { return JSON.parse(text); } catch { return text; }
}

export async function startFakeSite({ port = 0 } = {}) {
  const threads = initialThreads();
  const sockets = new Set();
  const received = [];
  let origin = '';

  function push(frame) {
    const text = JSON.stringify(frame);
    for (const socket of sockets) socket.send(text);
  }

  const routes = {
    'GET /': async (_q, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(await readFile(resolve(here, 'public/index.html'))),
    'GET /app.js': async (_q, response) => response.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(resolve(here, 'public/app.js'))),
    'GET /api2/v2/users/me': (_q, response) => json(response, 200, { ...CREATOR, wsUrl: `${origin.replace('http', 'ws')}/ws3/30`, wsAuthToken: 'fake-ws-token' }),
    'GET /api2/v2/chats': (url, response) => json(response, 200, chatsPage(threads, Number(url.searchParams.get('limit') ?? 10), Number(url.searchParams.get('offset') ?? 0))),
    'GET /api2/v2/users/list': (url, response) => {
      const ids = url.searchParams.getAll('m[]').map(Number);
      json(response, 200, Object.fromEntries(FANS.filter((f) => ids.includes(f.id)).map((f) => [String(f.id), f])));
    },
    'POST /__control/push': async (_u, response, request) => {
      const { fanId = FANS[0].id, text = 'hi there', count = 1 } = await readJson(request);
      const fan = FANS.find((f) => f.id === Number(fanId)) ?? FANS[0];
      const ids = [];
      for (let i = 0; i < count; i++) {
        const message = newMessage({ id: fan.id, name: fan.name, username: fan.username }, count > 1 ? `${text} #${i + 1}` : text);
        threads.get(fan.id).push(message);
        push({ api2_chat_message: message });
        ids.push(message.id);
      }
      json(response, 200, { pushed: ids, sockets: sockets.size });
    },
    'GET /__control/received': (_u, response) => json(response, 200, received),
    'GET /__control/state': (_u, response) => json(response, 200, { sockets: sockets.size, received: received.length }),
  };

  async function chatMessages(method, fanId, url, response, request) {
    const thread = threads.get(fanId);
    if (!thread) return json(response, 404, { error: { code: 0, message: 'User not found' } });
    if (method === 'GET') {
      const limit = Number(url.searchParams.get('limit') ?? 10);
      const before = Number(url.searchParams.get('id') ?? Infinity);
      const newestFirst = thread.filter((m) => m.id < before).reverse();
      return json(response, 200, { list: newestFirst.slice(0, limit), hasMore: newestFirst.length > limit });
    }
    const body = await readJson(request);
    received.push({ chatId: String(fanId), body, at: new Date().toISOString() });
    if (typeof body?.text !== 'string') return json(response, 400, { error: { code: 0, message: 'Wrong text' } });
    const message = newMessage({ id: CREATOR.id, _view: 's' }, '', { price: Number(body.price) || 0 });
    message.text = body.text;
    thread.push(message);
    push({ api2_chat_message: { ...message, fromUser: { id: CREATOR.id, name: CREATOR.name, username: CREATOR.username } } });
    return json(response, 200, message);
  }

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, origin);
      const route = routes[`${request.method} ${url.pathname}`];
      if (route) return await route(url, response, request);
      const chat = CHAT_MESSAGES.exec(url.pathname);
      if (chat && (request.method === 'GET' || request.method === 'POST')) return await chatMessages(request.method, Number(chat[1]), url, response, request);
      json(response, 404, { error: { code: 0, message: 'Not found' } });
    } catch (error) {
      json(response, 500, { error: { message: String(error) } });
    }
  });

  server.on('upgrade', (request, socket) => {
    if (!/^\/ws3\/\d+/.test(new URL(request.url, 'http://x').pathname)) return socket.destroy();
    const ws = acceptWebSocket(request, socket);
    sockets.add(ws);
    ws.onClose(() => sockets.delete(ws));
    ws.onText((text) => {
      let frame;
      try { frame = JSON.parse(text); } catch { return ws.send('{"error":1}'); }
      if (frame.act === 'connect') ws.send(JSON.stringify({ connected: true, v: '5.4.0' }));
      else if (frame.act === 'get_onlines') ws.send(JSON.stringify({ online: frame.ids ?? [] }));
    });
  });

  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: origin,
    port: server.address().port,
    received,
    socketCount: () => sockets.size,
    close: () => new Promise((ok) => { for (const s of sockets) s.close(); server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await startFakeSite({ port: Number(process.argv[2] ?? 0) });
  console.log(`fake site on ${site.url}`);
}
