// Bundles the extension and the command-line tool. `--production` minifies and drops source maps;
// `--watch` rebuilds on change.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');

/** A fingerprint of the reading code: a cached index is only trusted by the build that wrote it. */
function buildId() {
  const crypto = require('crypto');
  const fs = require('fs');
  const path = require('path');
  const h = crypto.createHash('sha1');
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(p).update(fs.readFileSync(p));
    }
  };
  // The core and the format libraries' adapters: both decide what a source reads as.
  walk(path.join(__dirname, 'src', 'core'));
  walk(path.join(__dirname, 'src', 'libraries'));
  return h.digest('hex').slice(0, 12);
}
const watch = process.argv.includes('--watch');
// Developer tools (evaluation, benchmarks) are bundled separately into out/, never shipped.
const tools = process.argv.includes('--tools');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // esbuild's tables do not count Unicode property escapes (\p{Lu}) as Node 20's, and would write
  // every such literal as `new RegExp(…)`, built again on each call in a hot loop. Node 20 reads them.
  supported: { 'regexp-unicode-property-escapes': true },
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

const toolEntries = [
  { entryPoints: ['eval/evaluate.ts'], outfile: 'out/eval/evaluate.js' },
  { entryPoints: ['eval/tools/import-annotations.ts'], outfile: 'out/eval/import-annotations.js' },
  { entryPoints: ['eval/adversarial.ts'], outfile: 'out/eval/adversarial.js' },
  { entryPoints: ['eval/polnear-train.ts'], outfile: 'out/eval/polnear-train.js' },
  { entryPoints: ['eval/tools/import-polnear.ts'], outfile: 'out/eval/import-polnear.js' },
  { entryPoints: ['bench/bench.ts'], outfile: 'out/bench/bench.js' },
  { entryPoints: ['scripts/common-words.ts'], outfile: 'out/scripts/common-words.js' },
  { entryPoints: ['scripts/train.ts'], outfile: 'out/scripts/train.js' },
  { entryPoints: ['bench/archive.ts'], outfile: 'out/bench/archive.js', external: ['pg-native'] },
  { entryPoints: ['bench/fingerprint.ts'], outfile: 'out/bench/fingerprint.js' },
];

// One hash of the reading code for both bundles: a saved index from another build of the reader is not reused.
const BUILD_ID = JSON.stringify(buildId());
// The format libraries: bundles of their own, loaded by the hosts only when a file needs them.
// pdf.js asks for a canvas module only to render pages, which is never done here.
const libraries = ['pdf', 'html', 'docx'].map((name) => ({ entryPoints: [`src/libraries/${name}.ts`], outfile: `dist/formats/${name}.js`, external: ['@napi-rs/canvas', 'canvas'], define: { 'import.meta.url': 'undefined' } }));
// pg's optional native binding is never used: the pure JavaScript client is.
const pgExternal = ['pg-native'];
const shipped = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], define: { BUILD_ID } },
  // The archive client, loaded by the editor on first use only: the PostgreSQL client stays out of activation.
  { entryPoints: ['src/archive/client.ts'], outfile: 'dist/archive.js', external: pgExternal },
  { entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: pgExternal, define: { VERSION: JSON.stringify(require('./package.json').version), BUILD_ID } },
  { entryPoints: ['src/archive/push-worker.ts'], outfile: 'dist/push-worker.js', external: pgExternal },
  ...libraries,
];

async function main() {
  const entries = tools ? toolEntries : shipped;
  const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
