import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readerFor, readerForNamed } from '../../src/core/formats';
import { readArticle } from '../../src/core/loading/read';
import type { SourceProblem } from '../../src/core/loading/port';
import { parseArticle } from '../../src/core/reading/article';
import { openIndex } from '../../src/node/load';
import { LIBRARIES, SEEDS } from './helpers';

describe('the loader (one path for the command line and the editor)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citedesk-loader-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const w = (name: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  };

  it('reads a text source through its format reader into the article the article reader gives', async () => {
    const files: [string, Buffer][] = fs.readdirSync(SEEDS).map((f) => [f, fs.readFileSync(path.join(SEEDS, f))]);
    files.push(['latin1.txt', Buffer.from('Caf\xe9 owner Ren\xe9 Dupr\xe9 said: \x93It is fine\x94.\n', 'latin1')]);
    files.push(['bom.md', Buffer.from('\ufeffHeadline\r\n\r\n"Hello there," said Alan Jones.\r\n', 'utf8')]);
    for (const [name, bytes] of files) {
      const reader = readerFor(name, bytes)!;
      assert.strictEqual(reader.id, 'text', name);
      const a = await readArticle(name, bytes, reader, LIBRARIES);
      const b = parseArticle(name, bytes);
      assert.deepStrictEqual(JSON.parse(JSON.stringify({ ...a, people: a.people.map((p) => [...p.forms]) })), JSON.parse(JSON.stringify({ ...b, people: b.people.map((p) => [...p.forms]) })), name);
      assert.deepStrictEqual(Object.keys(a), Object.keys(b));
    }
    const latin1 = files.at(-2)![1];
    assert.match((await readArticle('latin1.txt', latin1, readerFor('latin1.txt', latin1)!, LIBRARIES)).warnings[0], /not valid UTF-8/);
  });

  it('finds in a folder only what a format reads, and reads a file named outright whatever its name', async () => {
    w('a.txt', 'A headline\n\n"Apples," said grower Ann Pip.\n');
    w('notes.csv', 'Notes\n\n"Cherries," said grower Bo Stone.\n');
    const notes = fs.readFileSync(path.join(dir, 'notes.csv'));
    assert.strictEqual(readerFor('notes.csv', notes), null);
    assert.strictEqual(readerForNamed('notes.csv', notes).id, 'text');
    const inFolder = await openIndex([dir], { root: dir });
    assert.deepStrictEqual(inFolder.sources().map((s) => s.key), ['a.txt']);
    const named = await openIndex([path.join(dir, 'notes.csv')], { root: dir });
    assert.deepStrictEqual(named.sources().map((s) => [s.key, s.format]), [['notes.csv', 'text']]);
    assert.strictEqual(named.index.search('cherries', { limit: 1 })[0].speaker, 'Bo Stone');
  });

  it('says once what is wrong with each bad source, keeps it in the list, and indexes the rest', async () => {
    w('good.txt', 'Good headline\n\n"Bananas are berries," said botanist Ann Leaf.\n');
    w('latin1.txt', Buffer.from('Owner Ren\xe9 Dupr\xe9 said: \x93It is fine\x94.\n', 'latin1'));
    w('big.md', 'x '.repeat(600_000));
    fs.symlinkSync('/nonexistent/citedesk-file.txt', path.join(dir, 'dangling.txt'));
    const problems: SourceProblem[] = [];
    const loader = await openIndex([dir], { root: dir, maxBytes: 1024 * 1024, onProblem: (p) => problems.push(p) });
    const by = (label: string) => problems.filter((p) => p.label.endsWith(label)).map((p) => p.message);
    assert.deepStrictEqual(by('big.md'), ['larger than 1 MB (1.1 MB); skipped']);
    assert.deepStrictEqual(by('latin1.txt'), ['not valid UTF-8; read as Windows-1252 (Latin-1)']);
    assert.deepStrictEqual(by('dangling.txt'), ['no such file or folder']);
    assert.deepStrictEqual(by('good.txt'), []);
    assert.strictEqual(problems.length, 3);
    // Every source the folder holds is listed, with its article or what kept it out.
    const records = new Map(loader.sources().map((r) => [r.key, r]));
    assert.deepStrictEqual(records.get('big.md')?.problems, ['larger than 1 MB (1.1 MB); skipped']);
    assert.strictEqual(records.get('big.md')?.article, undefined);
    assert.deepStrictEqual([records.get('latin1.txt')?.format, records.get('latin1.txt')?.problems.length], ['text', 1]);
    assert.deepStrictEqual(loader.corpus.articles.map((a) => a.path), ['good.txt', 'latin1.txt']);
    assert.strictEqual(loader.index.search('bananas berries', { limit: 1 })[0].speaker, 'Ann Leaf');
  });

  it('reads again what a watcher reports: changed, new, gone', async () => {
    w('a.txt', 'A headline\n\n"Apples," said grower Ann Pip.\n');
    w('b.txt', 'B headline\n\n"Bananas," said grower Bo Stone.\n');
    const loader = await openIndex([dir], { root: dir });
    w('a.txt', 'A headline\n\n"Apricots, now," said grower Ann Pip.\n');
    w('c.txt', 'C headline\n\n"Cherries," said grower Cy Vale.\n');
    fs.rmSync(path.join(dir, 'b.txt'));
    await loader.update(['a.txt', 'b.txt', 'c.txt']);
    assert.deepStrictEqual(loader.sources().map((s) => s.key).sort(), ['a.txt', 'c.txt']);
    assert.strictEqual(loader.index.search('apricots', { limit: 1 })[0].speaker, 'Ann Pip');
    assert.strictEqual(loader.index.search('cherries', { limit: 1 })[0].speaker, 'Cy Vale');
    assert.deepStrictEqual(loader.corpus.findPeople('Bo Stone'), []);
  });
});
