// Builds the extension: node scripts/build.mjs [--test] [--out DIR]
//   release: host permissions and content scripts for the site only;
//   --test:  also http://127.0.0.1/* and a fixed key (stable extension id, printed and written to DIR/extension-id.txt).
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { manifest, TEST_EXTENSION_ID } from './manifest.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { test: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' } } });
const out = resolve(root, values.out);
const { version } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: {
    'page-hook': resolve(root, 'src/page-hook/index.ts'),
    content: resolve(root, 'src/content/index.ts'),
    background: resolve(root, 'src/background/index.ts'),
    options: resolve(root, 'src/options/index.ts'),
  },
  outdir: out,
  bundle: true,
  format: 'iife',
  target: 'chrome116',
  minify: !values.test,
  sourcemap: values.test ? 'inline' : false,
  legalComments: 'none',
  logLevel: 'warning',
});
await copyFile(resolve(root, 'static/options.html'), resolve(out, 'options.html'));
await writeFile(resolve(out, 'manifest.json'), JSON.stringify(manifest({ test: values.test, version }), null, 2));
if (values.test) {
  await writeFile(resolve(out, 'extension-id.txt'), `${TEST_EXTENSION_ID}\n`);
  console.log(`test build in ${out}; extension id ${TEST_EXTENSION_ID}`);
} else {
  console.log(`release build in ${out}`);
}
