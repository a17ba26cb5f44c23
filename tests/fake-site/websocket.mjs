// A minimal RFC 6455 server side (text frames, ping/close), so the fake site needs no packages.
import { createHash } from 'node:crypto';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function encode(opcode, payload) {
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, length])
    : length < 65536 ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 255])
      : Buffer.concat([Buffer.from([0x80 | opcode, 127]), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(length)); return b; })()]);
  return Buffer.concat([header, payload]);
}

/** Completes the upgrade and returns {send(text), close(), onText(cb)}; client frames are masked. */
export function acceptWebSocket(request, socket) {
  const accept = createHash('sha1').update(request.headers['sec-websocket-key'] + GUID).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  socket.setNoDelay(true);
  let buffer = Buffer.alloc(0);
  let fragments = [];
  const listeners = { text: [], close: [] };
  let open = true;
  const finish = () => { if (open) { open = false; for (const cb of listeners.close) cb(); } };

  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (buffer.length < 2) return;
      const fin = (buffer[0] & 0x80) !== 0;
      const opcode = buffer[0] & 0x0f;
      let length = buffer[1] & 0x7f;
      let offset = 2;
      if (length === 126) { if (buffer.length < 4) return; length = buffer.readUInt16BE(2); offset = 4; }
      else if (length === 127) { if (buffer.length < 10) return; length = Number(buffer.readBigUInt64BE(2)); offset = 10; }
      const masked = (buffer[1] & 0x80) !== 0;
      const mask = masked ? buffer.subarray(offset, offset + 4) : null;
      if (masked) offset += 4;
      if (buffer.length < offset + length) return;
      const payload = Buffer.from(buffer.subarray(offset, offset + length));
      if (mask) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
      buffer = buffer.subarray(offset + length);
      if (opcode === 0x8) { socket.end(encode(0x8, Buffer.alloc(0))); finish(); return; }
      if (opcode === 0x9) { socket.write(encode(0xa, payload)); continue; }
      if (opcode === 0x1 || opcode === 0x0) {
        fragments.push(payload);
        if (fin) { const text = Buffer.concat(fragments).toString('utf8'); fragments = []; for (const cb of listeners.text) cb(text); }
      }
    }
  });
  socket.on('close', finish);
  socket.on('error', finish);

  return {
    get open() { return open; },
    send(text) { if (open) socket.write(encode(0x1, Buffer.from(text, 'utf8'))); },
    close() { if (open) { socket.end(encode(0x8, Buffer.from([0x03, 0xe8]))); finish(); } },
    onText(cb) { listeners.text.push(cb); },
    onClose(cb) { listeners.close.push(cb); },
  };
}
