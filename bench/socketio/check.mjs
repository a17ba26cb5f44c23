// Self-check of the peer with the official client: one relayed event from an agent to its bridge.
import { spawn } from 'node:child_process';
import { io } from 'socket.io-client';

const server = spawn(process.execPath, [new URL('./server.mjs', import.meta.url).pathname, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((ok) => server.stdout.on('data', (d) => { const m = /listening (\d+)/.exec(String(d)); if (m) ok(Number(m[1])); }));
const url = `http://127.0.0.1:${port}`;
const options = (role) => ({ transports: ['websocket'], auth: { user: 'u1', role } });
const bridge = io(url, options('bridge'));
const agent = io(url, options('agent'));
const timer = setTimeout(() => { console.error('socket.io relay check: no message within 5 s'); process.exit(1); }, 5000);
bridge.on('m', (payload) => {
  clearTimeout(timer);
  console.log(`socket.io relay check: ok (${JSON.stringify(payload)})`);
  agent.close(); bridge.close(); server.kill(); process.exit(0);
});
await Promise.all([new Promise((r) => bridge.on('connect', r)), new Promise((r) => agent.on('connect', r))]);
agent.emit('m', { s: 1, p: 'hello' });
