/** Format: Word files. Runs joined, headings kept, comments and deleted tracked changes left out; zip bombs refused. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { readDocument, readerFor } from '../../../src/core/formats';
import { toDocx } from '../../../scripts/fixtures/docx';
import { zip } from '../../../scripts/fixtures/zip';
import { FORMAT_FIXTURES, LIBRARIES, readFixture } from '../helpers';

describe('format: Word files', function () {
  this.timeout(60_000);

  it('joins runs split inside words, keeps headings, and leaves out comments and deleted text', async () => {
    const bytes = fs.readFileSync(path.join(FORMAT_FIXTURES, 'seed-000.docx'));
    assert.strictEqual(readerFor('a.docx', bytes)?.id, 'docx');
    const a = await readFixture('seed-000.docx');
    assert.strictEqual(a.format, 'docx');
    assert.strictEqual(a.title, 'Vladimir Putin to Visit Vietnam, Sparking US Protest');
    // Word stored this paragraph in runs of a few letters, with a deletion and an insertion in it.
    assert.ok(a.quotes.some((q) => q.text === 'The main issues relate to shoring up economic and commercial ties, including arms sales.' && q.speaker === 'Carl Thayer'));
    assert.doesNotMatch(a.text, /REMOVED IN EDITING/);
    assert.doesNotMatch(a.text, /Check this quote against the Reuters copy/);
    // Headings are paragraphs of their own.
    assert.match(a.text, /^Vladimir Putin to Visit Vietnam, Sparking US Protest\n\nPublished: June 18, 2024\n\n/);
  });

  it('reads a transcript written in Word, bold labels and all', async () => {
    const a = await readFixture('wh-briefing-2022-12-19.docx');
    assert.strictEqual(a.format, 'transcript');
    const turns = a.quotes.filter((q) => q.cue === 'transcript');
    assert.deepStrictEqual([...new Set(turns.map((q) => q.speaker))].sort(), ['Karine Jean-Pierre', 'a reporter']);
    assert.ok(turns.some((q) => q.speaker === 'a reporter' && /preparing to release the report on Wednesday\?$/.test(q.text)));
  });

  it('refuses a zip bomb before unpacking it, whatever its directory claims', async () => {
    // 200 MB of spaces, deflated once (the checksum is never reached: the file is refused first).
    const size = 200 * 1024 * 1024;
    const packed = { bytes: zlib.deflateRawSync(Buffer.alloc(size, 0x20), { level: 1 }), size, crc: 0 };
    const types = { name: '[Content_Types].xml', data: Buffer.from('<Types/>') };
    const honest = zip([types, { name: 'word/document.xml', data: new Uint8Array(0), packed }]);
    const lying = zip([types, { name: 'word/document.xml', data: new Uint8Array(0), packed, claimedSize: 4096 }]);
    assert.ok(honest.length < 2 * 1024 * 1024, `${honest.length} bytes`);
    for (const [name, bytes] of [['honest.docx', honest], ['lying.docx', lying]] as const) {
      const t0 = Date.now();
      await assert.rejects(readDocument(name, bytes, LIBRARIES), (e: Error) => e.name === 'FormatError' && /^looks like a zip bomb: word\/document\.xml (?:would unpack to 200 MB|unpacks to more than 64 MB); not read$/.test(e.message), name);
      assert.ok(Date.now() - t0 < 20_000, `${name} took ${Date.now() - t0} ms`);
    }
  });

  it('says what is wrong with a Word file it cannot read', async () => {
    const good = toDocx([{ text: 'Ferries return to the harbour on Monday, the council said.' }], 'Ferries');
    const cases: [string, Uint8Array, RegExp][] = [
      ['truncated.docx', good.subarray(0, good.length - 40), /^not a readable Word file/],
      ['text.docx', Buffer.from('This is a text file called .docx'), /^not a readable Word file: the file is damaged or is no \.docx/],
      ['empty.docx', toDocx([], 'Nothing'), /^no text in this Word file$/],
    ];
    for (const [name, bytes, message] of cases) await assert.rejects(readDocument(name, bytes, LIBRARIES), (e: Error) => e.name === 'FormatError' && message.test(e.message), `${name}`);
  });
});
