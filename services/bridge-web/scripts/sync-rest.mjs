// Generates typed REST clients from the services' OpenAPI documents (committed under openapi/).
// Usage: npm run sync:rest [-- --fetch [graph=URL] [enrichment=URL]]
//   --fetch  first downloads each service's document (default: the ports of ./platform up) into openapi/.
import { createClient } from '@hey-api/openapi-ts';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const documents = resolve(web, 'openapi');
const output = resolve(web, 'src/api/generated');
// The documents are served by each service itself (not routed through the gateway).
const SERVICES = { graph: 'http://127.0.0.1:5120/openapi/v1.json', enrichment: 'http://127.0.0.1:5130/openapi/v1.json' };

const args = process.argv.slice(2);
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
  console.log('no OpenAPI documents in openapi/: nothing to generate (see README)');
  process.exit(0);
}
await rm(output, { recursive: true, force: true });
for (const file of files) {
  const name = basename(file, '.json');
  await createClient({
    input: resolve(documents, file),
    output: { path: resolve(output, name) },
    plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
  });
  console.log(`generated src/api/generated/${name}`);
}
