// Generates typed REST clients from the services' OpenAPI documents (committed under openapi/).
// Usage: npm run sync:rest [-- --fetch [graph=URL] [enrichment=URL]] [-- --check]
//   --fetch  first downloads each service's document (default: the ports of ./platform up) into openapi/.
//   --check  exits 1 when src/api/generated differs from what the documents generate (the staleness test);
//            each service's C# OpenAPI test checks, in turn, that its committed document is what it serves.
import { createClient } from '@hey-api/openapi-ts';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const documents = resolve(web, 'openapi');
const output = resolve(web, 'src/api/generated');
// The documents are served by each service itself (not routed through the gateway).
const SERVICES = { graph: 'http://127.0.0.1:5120/openapi/v1.json', enrichment: 'http://127.0.0.1:5130/openapi/v1.json' };

const args = process.argv.slice(2);
const check = args.includes('--check');
const fetchIndex = args.indexOf('--fetch');
if (fetchIndex >= 0) {
  for (const pair of args.slice(fetchIndex + 1).filter((a) => a.includes('='))) {
    const [name, url] = pair.split(/=(.*)/s);
    SERVICES[name] = url;
  }
  await mkdir(documents, { recursive: true });
  for (const [name, url] of Object.entries(SERVICES)) {
    const response = await fetch(url).catch((error) => ({ ok: false, status: error.message }));
    if (!response.ok) {
      console.warn(`skipped ${name}: ${url} answered ${response.status}`);
      continue;
    }
    await writeFile(resolve(documents, `${name}.json`), JSON.stringify(await response.json(), null, 2) + '\n');
    console.log(`fetched openapi/${name}.json`);
  }
}

const files = (await readdir(documents).catch(() => [])).filter((f) => f.endsWith('.json'));
if (files.length === 0) {
  console.error('no OpenAPI documents in openapi/ (see README)');
  process.exit(1);
}

// --check generates into a scratch folder and compares it with the committed one, file by file.
const target = check ? await mkdtemp(join(tmpdir(), 'bridge-rest-')) : output;
await rm(target, { recursive: true, force: true });
for (const file of files) {
  const name = basename(file, '.json');
  await createClient({
    input: resolve(documents, file),
    output: { path: resolve(target, name) },
    plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
    logs: { level: check ? 'silent' : 'info' },
  });
  if (!check) console.log(`generated src/api/generated/${name}`);
}

if (check) {
  const [expected, committed] = await Promise.all([snapshot(target), snapshot(output)]);
  await rm(target, { recursive: true, force: true });
  const names = new Set([...expected.keys(), ...committed.keys()]);
  const stale = [...names].filter((name) => expected.get(name) !== committed.get(name)).sort();
  if (stale.length) {
    console.error(`stale generated REST files (run \`npm run sync:rest\` in services/bridge-web): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log('generated REST clients are current');
}

/** Every file under a folder, by relative path, with its text. */
async function snapshot(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const texts = new Map();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    texts.set(relative(folder, path), await readFile(path, 'utf8'));
  }
  return texts;
}
