// The Socket.IO 4 peer: an agent socket's "m" event goes to the same user's bridge sockets (a room),
// exactly the relay the raw Kestrel and SignalR servers do. Usage: node server.mjs PORT
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.argv[2] ?? 0);
const http = createServer();
const io = new Server(http, { transports: ['websocket'], serveClient: false, perMessageDeflate: false });

io.on('connection', (socket) => {
  const { user, role } = socket.handshake.auth ?? {};
  if (typeof user !== 'string' || (role !== 'agent' && role !== 'bridge')) {
    socket.disconnect(true);
    return;
  }
  if (role === 'bridge') socket.join(`bridge:${user}`);
  else socket.on('m', (payload) => io.to(`bridge:${user}`).emit('m', payload));
});

http.listen(port, '127.0.0.1', () => console.log(`listening ${http.address().port}`));
process.on('SIGTERM', () => process.exit(0));
