import * as assert from 'assert';
import { LineIndex, decodeBytes, editDistance, foldDiacritics, foldKey, normalizeTypography } from '../../src/core/reading/text';

describe('text', () => {
  it('drops a UTF-8 BOM and decodes UTF-8', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x54, 0x72, 0xe1, 0xbb, 0x8d, 0x6e, 0x67]));
    assert.strictEqual(d.text, 'Trọng');
    assert.strictEqual(d.hadBom, true);
    assert.strictEqual(d.encoding, 'utf-8');
  });

  it('reads bytes that are not UTF-8 as Windows-1252 instead of failing', () => {
    const d = decodeBytes(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]));
    assert.strictEqual(d.text, '“Hi” café');
    assert.strictEqual(d.encoding, 'windows-1252');
  });

  it('counts lines the way VS Code does (CRLF, LF, lone CR)', () => {
    const t = 'a\r\nbc\nd\re';
    const li = new LineIndex(t);
    assert.strictEqual(li.lineCount, 4);
    assert.deepStrictEqual(li.positionAt(t.indexOf('c')), { line: 1, character: 1 });
    assert.deepStrictEqual(li.positionAt(t.indexOf('e')), { line: 3, character: 0 });
    assert.strictEqual(li.offsetAt({ line: 1, character: 1 }), t.indexOf('c'));
    assert.strictEqual(li.offsetAt({ line: 99, character: 99 }), t.length);
  });

  it('folds diacritics and typography for comparison only', () => {
    assert.strictEqual(foldDiacritics('Trọng Đà Nẵng'), 'Trong Da Nang');
    assert.strictEqual(normalizeTypography('“It’s—so…”'), '"It\'s-so..."');
    assert.strictEqual(foldKey('Nguyễn Phú Trọng'), 'nguyen phu trong');
  });

  it('bounds the edit distance it computes', () => {
    assert.strictEqual(editDistance('trong', 'throng'), 1);
    assert.strictEqual(editDistance('kitten', 'sitting'), 3);
    assert.strictEqual(editDistance('a', 'abcdefgh', 2), 3);
  });
});
