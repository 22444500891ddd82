import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './helpers';
import { ECHO, GAZETTE } from './fixtures/northshire';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('command-line tool (dist/cli.js)', function () {
  this.timeout(60000);
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });

  it('index --json prints the contract for the bundled seeds', () => {
    const r = run('index', '--json');
    assert.strictEqual(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.strictEqual(doc.articles.length, 5);
    for (const a of doc.articles) {
      assert.deepStrictEqual(Object.keys(a), ['path', 'title', 'outlet', 'published', 'format', 'quotes']);
      assert.strictEqual(a.format, 'text');
      for (const q of a.quotes) {
        assert.deepStrictEqual(Object.keys(q), ['text', 'kind', 'speaker', 'role', 'cue', 'partial', 'via', 'rule', 'locator', 'line', 'character']);
        // A speaker comes with the rule that found it; a term has neither.
        assert.strictEqual(q.speaker === null, q.rule === null, q.text);
        assert.strictEqual(q.locator, null);
      }
    }
    const thayerSaid = doc.articles.flatMap((a: { quotes: { speaker: string; rule: string }[] }) => a.quotes).filter((q: { speaker: string }) => q.speaker === 'Carl Thayer');
    assert.ok(thayerSaid.every((q: { rule: string }) => /^[a-z-]+$/.test(q.rule)), JSON.stringify(thayerSaid));
    for (const p of doc.people) assert.deepStrictEqual(Object.keys(p), ['name', 'aliases', 'roles', 'articles', 'quotes']);
    const thayer = doc.people.find((p: { name: string }) => p.name === 'Carl Thayer');
    assert.strictEqual(thayer.quotes.length, 2);
    assert.strictEqual(thayer.articles.length, 2);
    // line/character point at the quote's first character in the file.
    const a0 = doc.articles[0];
    const fileLines = fs.readFileSync(path.join(ROOT, a0.path), 'utf8').split(/\r?\n/);
    for (const q of a0.quotes) assert.ok(fileLines[q.line].slice(q.character).startsWith(q.text.slice(0, 20)), q.text);
  });

  it('index without --json prints a readable summary', () => {
    const r = run('index');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /Vladimir Putin to Visit Vietnam/);
    assert.match(r.out, /5 articles, 26 quotes/);
  });

  it('search --json runs each query over one index', () => {
    const r = run('search', '--limit', '3', '--json', 'shorring up econmic ties', 'Parameswaran isolated Asia');
    assert.strictEqual(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(doc.index), ['articles', 'quotes', 'ms']);
    assert.strictEqual(doc.queries.length, 2);
    assert.strictEqual(doc.queries[0].results[0].speaker, 'Carl Thayer');
    assert.deepStrictEqual(Object.keys(doc.queries[0].results[0]), ['kind', 'text', 'speaker', 'path', 'line', 'score']);
    assert.strictEqual(doc.queries[1].results[0].speaker, 'Prashanth Parameswaran');
    assert.ok(doc.queries[1].results.length <= 3);
  });

  it('search --sources reads the given folders, and an unreadable file is reported, not fatal', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-cli-'));
    fs.writeFileSync(path.join(dir, 'good.txt'), 'Good headline\n\n"Bananas are berries," said botanist Ann Leaf.');
    fs.writeFileSync(path.join(dir, 'bad.md'), Buffer.from([0xff, 0xfe, 0x93, 0x41, 0x94]));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    const r = run('search', '--sources', dir, '--json', 'banana berry');
    assert.strictEqual(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.strictEqual(doc.index.articles, 2);
    assert.strictEqual(doc.queries[0].results[0].speaker, 'Ann Leaf');
    assert.match(r.err, /bad\.md: not valid UTF-8/);
  });

  it('bad arguments print usage and exit 2', () => {
    for (const args of [[], ['frobnicate'], ['index', '--nope'], ['search'], ['search', '--limit', 'x', 'q']]) {
      const r = run(...args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, /Usage:/);
    }
  });
  it('check --json says what each finding rests on; copying and unchecked speakers do not fail the draft', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-check-'));
    try {
      fs.writeFileSync(path.join(dir, 'gazette.md'), GAZETTE);
      fs.writeFileSync(path.join(dir, 'echo.md'), ECHO);
      const draft = path.join(dir, 'draft.md');
      const write = (...l: string[]) => fs.writeFileSync(draft, l.join('\n') + '\n');
      write(
        'Opposition leader John Smith went first: “We listened to residents, and we will publish everything.”',
        '',
        'Northshire County Council voted on Tuesday to raise council tax by 5% from April, the largest rise since the county was formed in 1974.',
      );
      const ok = run('check', draft, '--sources', path.join(dir, 'gazette.md'), path.join(dir, 'echo.md'), '--json');
      assert.strictEqual(ok.code, 0, ok.err + ok.out);
      const doc = JSON.parse(ok.out) as { findings: Record<string, unknown>[] };
      for (const f of doc.findings) {
        assert.deepStrictEqual(Object.keys(f), ['text', 'line', 'character', 'status', 'speaker', 'draftSpeaker', 'source', 'changes', 'message']);
        assert.deepStrictEqual(Object.keys(f.source as object), ['path', 'title', 'outlet', 'published', 'line', 'speaker', 'text']);
      }
      assert.deepStrictEqual(doc.findings.map((f) => f.status), ['speaker-unchecked', 'uncredited']);
      assert.strictEqual((doc.findings[0].source as { speaker: string }).speaker, 'Jane Roe');
      assert.match(doc.findings[1].message as string, /^Copied from “Council tax to rise by 5% in Northshire” \(Northshire Gazette, 5 March 2024\) without quotation marks or credit/);

      write('“This is … the answer to the crisis,” said John Smith.');
      const bad = run('check', draft, '--sources', path.join(dir, 'gazette.md'), '--json');
      assert.strictEqual(bad.code, 1, bad.err);
      const [cut] = (JSON.parse(bad.out) as { findings: Record<string, unknown>[] }).findings;
      assert.strictEqual(cut.status, 'misquote');
      assert.strictEqual(cut.draftSpeaker, 'John Smith');
      assert.deepStrictEqual(cut.changes, [{ kind: 'cut', text: 'not' }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
