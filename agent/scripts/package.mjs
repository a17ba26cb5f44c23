// Zips a release build: node scripts/package.mjs DIST OUT.zip. Refuses a test build (a key, or
// 127.0.0.1 in host permissions or content-script matches: local pages are for tests only).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';

const [dist = 'dist', target = 'platform-agent.zip'] = process.argv.slice(2);

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat().sort();
}

function assertRelease(manifest) {
  const local = [...manifest.host_permissions, ...manifest.content_scripts.flatMap((c) => c.matches)].filter((m) => m.includes('127.0.0.1') || m.includes('localhost'));
  if (manifest.key || local.length > 0) throw new Error('dist is a test build; run "npm run build" first');
}

const paths = await files(resolve(dist));
const locals = [];
const centrals = [];
let offset = 0;
for (const path of paths) {
  const name = Buffer.from(relative(resolve(dist), path).replaceAll('\\', '/'));
  const data = await readFile(path);
  if (name.toString() === 'manifest.json') assertRelease(JSON.parse(data));
  const packed = deflateRawSync(data);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(offset, 42);
  locals.push(local, name, packed);
  centrals.push(central, name);
  offset += local.length + name.length + packed.length;
}
const directory = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(paths.length, 8); end.writeUInt16LE(paths.length, 10);
end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
await writeFile(target, Buffer.concat([...locals, directory, end]));
console.log(`${target}: ${paths.length} files`);
