// Serves a built single-page app (index.html fallback), as bridge-web's production server does.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png' };

export function serveStatic(root, port) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    for (const candidate of [join(root, path), join(root, 'index.html')]) {
      try {
        const body = await readFile(candidate);
        response.writeHead(200, { 'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream' });
        response.end(body);
        return;
      } catch { /* next candidate */ }
    }
    response.writeHead(404).end();
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
