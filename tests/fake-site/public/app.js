// Behaves like the site's web app for chats: REST with fetch and XHR, then the live socket.
const API = '/api2/v2';
const chatsList = document.getElementById('chats');
const log = document.getElementById('log');
const status = document.getElementById('status');
window.fakeSite = { ready: false, socketFrames: 0 };

const strip = (html) => { const d = document.createElement('div'); d.innerHTML = html; return d.textContent; };

function xhrJson(url) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.setRequestHeader('accept', 'application/json, text/plain, */*');
    xhr.onload = () => resolve(JSON.parse(xhr.responseText));
    xhr.onerror = () => reject(new Error('xhr failed'));
    xhr.send();
  });
}

function show(message, me) {
  const line = document.createElement('div');
  line.className = message.fromUser.id === me.id ? 'out' : 'in';
  line.textContent = `${message.fromUser.id}: ${strip(message.text)}`;
  log.append(line);
}

async function main() {
  const me = await (await fetch(`${API}/users/me`)).json();
  const chats = await (await fetch(`${API}/chats?limit=10&offset=0&order=recent&skip_users=all`)).json();
  const ids = chats.list.map((c) => c.withUser.id);
  const users = await xhrJson(`${API}/users/list?${ids.map((id) => `m[]=${id}`).join('&')}`);
  for (const chat of chats.list) {
    const li = document.createElement('li');
    li.textContent = `${users[String(chat.withUser.id)]?.name ?? chat.withUser.id}: ${strip(chat.lastMessage.text)}`;
    chatsList.append(li);
  }
  // The open chat's history comes by XHR, the others by fetch (the real app mixes both).
  const [first, ...rest] = ids;
  const opened = await xhrJson(`${API}/chats/${first}/messages?limit=10&order=desc&skip_users=all`);
  opened.list.slice().reverse().forEach((m) => show(m, me));
  await Promise.all(rest.map((id) => fetch(`${API}/chats/${id}/messages?limit=10&order=desc&skip_users=all`).then((r) => r.json())));

  const socket = new WebSocket(me.wsUrl);
  socket.addEventListener('open', () => socket.send(JSON.stringify({ act: 'connect', token: me.wsAuthToken })));
  socket.addEventListener('message', (event) => {
    const frame = JSON.parse(event.data);
    window.fakeSite.socketFrames++;
    if (frame.connected) { window.fakeSite.ready = true; status.textContent = 'live'; }
    if (frame.api2_chat_message) show(frame.api2_chat_message, me);
  });
}

main().catch((error) => { status.textContent = `error: ${error.message}`; });
