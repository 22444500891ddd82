import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { zip } from '../../scripts/fixtures/zip';
import { encryptedPdf } from './formats/pdf-files';
import { FORMAT_FIXTURES, ROOT } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

/**
 * A real PDF grown to `mb` megabytes: an incremental update adds an object holding a stream of
 * filler that no page uses, as a PDF full of images would be. Written in pieces, never held whole.
 */
function bigPdf(file: string, mb: number): void {
  const base = fs.readFileSync(path.join(FORMAT_FIXTURES, 'seed-000.pdf'));
  const tail = base.subarray(base.length - 300).toString('latin1');
  const prev = Number(/startxref\s+(\d+)/.exec(tail)![1]);
  const size = Number(/\/Size (\d+)/.exec(tail)![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(tail)![1];
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, base);
  const objAt = base.length + 1;
  const length = mb * 1024 * 1024;
  fs.writeSync(fd, `\n${size} 0 obj\n<< /Length ${length} >>\nstream\n`);
  const chunk = Buffer.alloc(4 * 1024 * 1024, 0x41);
  for (let done = 0; done < length; done += chunk.length) fs.writeSync(fd, chunk, 0, Math.min(chunk.length, length - done));
  const xrefAt = fs.fstatSync(fd).size + '\nendstream\nendobj\n'.length;
  fs.writeSync(fd, `\nendstream\nendobj\nxref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`);
  fs.closeSync(fd);
}

/** The formats' own ways of going wrong, beside good files of each kind. */
function hostileFormats(dir: string): void {
  const w = (name: string, data: string | Uint8Array) => fs.writeFileSync(path.join(dir, name), data);
  const fixture = (name: string) => fs.readFileSync(path.join(FORMAT_FIXTURES, name));
  w('encrypted.pdf', encryptedPdf());
  w('corrupt.pdf', fixture('seed-000.pdf').subarray(0, 5000));
  w('scanned.pdf', fixture('scanned.pdf'));
  w('good.pdf', fixture('seed-003.pdf'));
  const size = 300 * 1024 * 1024;
  const packed = { bytes: zlib.deflateRawSync(Buffer.alloc(size, 0x20), { level: 1 }), size, crc: 0 };
  w('bomb.docx', zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: new Uint8Array(0), packed, claimedSize: 1000 }]));
  w('good.docx', fixture('seed-001.docx'));
  w('no-article.html', '<html><head><title>Index</title></head><body><nav>' + Array.from({ length: 30 }, (_, i) => `<a href="/${i}">Story ${i}</a>`).join(' ') + '</nav></body></html>');
  w('broken-times.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Leaf>Bananas are berries, botanically.\n\n00:00:0x.000 --> 00:00:09.000\n<v Ann Leaf>Strawberries are not.\n');
  bigPdf(path.join(dir, 'big.pdf'), 200);
}

/** A folder of everything that goes wrong with sources in real life, beside two good ones. */
function hostileFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-hostile-'));
  const w = (name: string, data: string | Buffer) => fs.writeFileSync(path.join(dir, name), data);
  w('empty.txt', '');
  let seed = 7;
  const rnd = Buffer.alloc(1 << 20);
  for (let i = 0; i < rnd.length; i++) rnd[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  w('random.txt', rnd);
  const para = 'Mr John Smith said: "This is a sentence that goes on for a while, with words." Then Ms Jane Doe added more.\n\n';
  w('big.txt', para.repeat(Math.ceil((25 << 20) / para.length)));
  w('unbalanced.txt', 'He said ' + '“open '.repeat(20000));
  w('nested.txt', '“'.repeat(5000) + 'deep' + '”'.repeat(5000));
  w('oneline.txt', ('word '.repeat(10) + '"quoted bit" ').repeat(17000));
  w('latin1.txt', Buffer.from('Caf\xe9 owner Ren\xe9 Dupr\xe9 said: \x93It is fine\x94.\n', 'latin1'));
  w('crlf.txt', Buffer.from('\ufeffHeadline here\r\n\r\n"Hello there," said Alan Jones.\r\n', 'utf8'));
  w('good.txt', 'Good headline\n\n"Bananas are berries," said botanist Ann Leaf.\n');
  w('locked.txt', 'x');
  fs.chmodSync(path.join(dir, 'locked.txt'), 0);
  fs.symlinkSync('/nonexistent/citedesk-file.txt', path.join(dir, 'dangling.txt'));
  fs.mkdirSync(path.join(dir, 'loop'));
  fs.symlinkSync('..', path.join(dir, 'loop', 'up'));
  hostileFormats(dir);
  return dir;
}

function run(args: string[]) {
  // A heap limit under the 1.5 GB the folder must stay within: exceeding it would crash the run.
  return spawnSync(process.execPath, ['--max-old-space-size=1400', CLI, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
}

describe('hostile and broken sources (command line)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = hostileFolder()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes the folder without a crash or a hang, keeps the good files\' quotes, one message per bad file', () => {
    const r = run(['index', dir, '--json']);
    assert.strictEqual(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { articles: { path: string; quotes: { text: string; speaker: string | null; line: number }[] }[] };
    const byName = new Map(doc.articles.map((a) => [path.basename(a.path), a]));
    assert.deepStrictEqual(byName.get('good.txt')?.quotes.map((q) => [q.text, q.speaker]), [['Bananas are berries,', 'Ann Leaf']]);
    assert.deepStrictEqual(byName.get('latin1.txt')?.quotes.map((q) => q.text), ['It is fine']);
    assert.deepStrictEqual(byName.get('crlf.txt')?.quotes.map((q) => [q.speaker, q.line]), [['Alan Jones', 2]]);
    assert.ok(byName.has('empty.txt') && byName.has('nested.txt') && byName.has('unbalanced.txt') && byName.has('oneline.txt'));
    assert.ok(!byName.has('big.txt'), 'the 25 MB file is over the default 10 MB and skipped');
    const messages = r.stderr.trim().split('\n');
    const about = (name: string) => messages.filter((m) => m.includes(`${name}:`));
    assert.strictEqual(about('big.txt').length, 1);
    assert.match(about('big.txt')[0], /larger than 10 MB \(25\.0 MB\); skipped/);
    assert.strictEqual(about('dangling.txt').length, 1);
    assert.match(about('dangling.txt')[0], /no such file/);
    assert.strictEqual(about('random.txt').length, 1);
    assert.match(about('latin1.txt')[0], /not valid UTF-8; read as Windows-1252/);
    // Root reads any file; anyone else gets a clear message for the locked one.
    if (process.getuid?.() !== 0) assert.match(about('locked.txt')[0] ?? '', /permission denied/);
    // Each format's failure: one message, the good files of every kind read.
    const expected: [string, RegExp][] = [
      ['encrypted.pdf', /^citedesk: \S*encrypted\.pdf: encrypted: the PDF needs a password to open; save an unlocked copy to read it$/],
      ['corrupt.pdf', /: not a readable PDF: the file is damaged or is no PDF$/],
      ['scanned.pdf', /: no text layer: run OCR first/],
      ['bomb.docx', /: looks like a zip bomb: word\/document\.xml unpacks to more than 64 MB; not read$/],
      ['no-article.html', /: no article found in this page/],
      ['broken-times.vtt', /: 1 cue with a time that cannot be read \(first at line 6: "00:00:0x\.000 --> 00:00:09\.000"\); their words are kept, without a time$/],
      ['big.pdf', /: larger than 10 MB \(200\.\d MB\); skipped$/],
    ];
    for (const [name, message] of expected) {
      assert.strictEqual(about(name).length, 1, `${name}: ${about(name).join(' | ')}`);
      assert.match(about(name)[0], message);
    }
    for (const name of ['encrypted.pdf', 'corrupt.pdf', 'scanned.pdf', 'bomb.docx', 'no-article.html', 'big.pdf']) assert.ok(!byName.has(name), name);
    assert.ok(byName.get('good.pdf')!.quotes.length > 0 && byName.get('good.docx')!.quotes.length > 0);
    assert.deepStrictEqual(byName.get('broken-times.vtt')!.quotes.map((q) => q.text), ['Bananas are berries, botanically. Strawberries are not.']);
  });

  it('indexes a file over the limit in bounded time when the limit is raised', () => {
    const r = run(['index', dir, '--json', '--max-size', '300']);
    assert.strictEqual(r.status, 0, r.stderr);
    const articles = (JSON.parse(r.stdout) as { articles: { path: string; quotes: { text: string; locator: unknown }[] }[] }).articles;
    const big = articles.find((a) => a.path.endsWith('big.txt'));
    assert.ok(big && big.quotes.length > 1000);
    assert.match(r.stderr, /big\.txt: longer than 8,000,000 characters; only the first part was read/);
    // The 200 MB PDF is read: its text, its pages.
    const pdf = articles.find((a) => a.path.endsWith('big.pdf'));
    assert.ok(pdf && pdf.quotes.some((q) => q.text.startsWith('The main issues') && JSON.stringify(q.locator) === '{"page":2}'), JSON.stringify(pdf?.quotes.map((q) => q.text)));
  });

  it('keeps --json output valid when the sources are bad, and checks a draft against them', () => {
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, '“Bananas are berries,” said Ann Leaf.\n');
    const r = run(['check', draft, '--sources', dir, '--json']);
    assert.strictEqual(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { findings: { status: string }[] };
    assert.deepStrictEqual(doc.findings.map((f) => f.status), ['verified']);
  });

  it('refuses a missing draft and bad arguments with exit 2', () => {
    const missing = run(['check', path.join(dir, 'nope.md')]);
    assert.strictEqual(missing.status, 2);
    assert.match(missing.stderr, /cannot read the draft .*nope\.md: no such file/);
    for (const args of [['check'], ['ledger', 'a', 'b'], ['ledger', path.join(dir, 'good.txt'), '--format', 'xml'], ['index', '--max-size', 'big']]) {
      const r = run(args);
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.match(r.stderr, /Usage:/);
    }
  });
});
