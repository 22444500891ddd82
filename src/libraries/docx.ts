/**
 * The Word library behind the core's .docx reader (bundled apart as dist/formats/docx.js and
 * loaded only when a Word file is read): mammoth, which joins runs, keeps headings and lists,
 * and leaves out comments and deleted tracked changes. A zip whose parts would unpack to more
 * than the limits below is refused before mammoth sees it.
 */
import * as zlib from 'zlib';
import mammoth from 'mammoth';
import type { DocxLibrary, TextBlock } from '../core/formats/types';

/** No part of a Word file this reader needs is larger than this unpacked. */
const MAX_PART = 64 * 1024 * 1024;
/** All parts together. */
const MAX_TOTAL = 160 * 1024 * 1024;

function failure(message: string): Error {
  const e = new Error(message);
  e.name = 'FormatError';
  return e;
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The zip's central directory (with ZIP64 sizes), or a failure for what is no zip. */
function entries(b: Buffer): Entry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw failure('not a readable Word file: the file is damaged or is no .docx');
  let count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  // ZIP64: the real count and offset are in the ZIP64 end record.
  if ((count === 0xffff || at === 0xffffffff) && eocd >= 20 && b.readUInt32LE(eocd - 20) === 0x07064b50) {
    const z = Number(b.readBigUInt64LE(eocd - 12));
    if (z + 56 <= b.length && b.readUInt32LE(z) === 0x06064b50) {
      count = Number(b.readBigUInt64LE(z + 32));
      at = Number(b.readBigUInt64LE(z + 48));
    }
  }
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) throw failure('not a readable Word file: its zip directory is damaged');
    const nameLen = b.readUInt16LE(at + 28);
    const extraLen = b.readUInt16LE(at + 30);
    const commentLen = b.readUInt16LE(at + 32);
    const e: Entry = { name: b.toString('utf8', at + 46, at + 46 + nameLen), method: b.readUInt16LE(at + 10), compressed: b.readUInt32LE(at + 20), size: b.readUInt32LE(at + 24), offset: b.readUInt32LE(at + 42) };
    // ZIP64 extra field: the sizes and offset that did not fit.
    for (let x = at + 46 + nameLen; x + 4 <= at + 46 + nameLen + extraLen; ) {
      const id = b.readUInt16LE(x);
      const len = b.readUInt16LE(x + 2);
      if (id === 1) {
        let p = x + 4;
        const next = () => {
          const v = Number(b.readBigUInt64LE(p));
          p += 8;
          return v;
        };
        if (e.size === 0xffffffff) e.size = next();
        if (e.compressed === 0xffffffff) e.compressed = next();
        if (e.offset === 0xffffffff) e.offset = next();
      }
      x += 4 + len;
    }
    out.push(e);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/**
 * Refuses a zip bomb: every part is unpacked (up to the limit) to learn its real size, whatever
 * the directory claims.
 */
function checkSizes(b: Buffer): void {
  let total = 0;
  for (const e of entries(b)) {
    if (e.size > MAX_PART) throw failure(`looks like a zip bomb: ${e.name} would unpack to ${(e.size / 1048576).toFixed(0)} MB; not read`);
    if (e.method !== 8 || e.offset + 30 > b.length || b.readUInt32LE(e.offset) !== 0x04034b50) {
      total += e.size;
      continue;
    }
    const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
    let real: number;
    try {
      real = zlib.inflateRawSync(b.subarray(start, Math.min(b.length, start + e.compressed)), { maxOutputLength: MAX_PART, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw failure(`looks like a zip bomb: ${e.name} unpacks to more than ${MAX_PART / 1048576} MB; not read`);
      throw failure(`not a readable Word file: ${e.name} is damaged`);
    }
    total += real;
    if (total > MAX_TOTAL) throw failure(`looks like a zip bomb: its parts unpack to more than ${MAX_TOTAL / 1048576} MB; not read`);
  }
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const BLOCK_TAGS = /^(?:p|h[1-6]|li|td|th|caption|blockquote)$/;

/** mammoth's HTML (plain, well formed) as blocks of text. */
function blocksOf(html: string): TextBlock[] {
  const out: TextBlock[] = [];
  let tag = 'p';
  let text = '';
  const flush = () => {
    const t = text.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (t) out.push({ tag, text: t });
    text = '';
  };
  const re = /<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (m[4] !== undefined) {
      text += m[4].replace(/&(amp|lt|gt|quot|#39);/g, (_x, k: string) => ENTITY[k]);
      continue;
    }
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (name === 'br') text += '\n';
    else if (BLOCK_TAGS.test(name)) {
      flush();
      if (!closing) tag = name;
    }
  }
  flush();
  // The back-links of footnotes ("↑") are no text.
  return out.map((b) => ({ ...b, text: b.text.replace(/\s*↑$/, '') }));
}

export const library: DocxLibrary = {
  async read(bytes) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    checkSizes(buffer);
    let result: { value: string; messages: { type: string; message: string }[] };
    try {
      result = await mammoth.convertToHtml({ buffer }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true });
    } catch (e) {
      const msg = (e as Error)?.message ?? String(e);
      throw failure(/end of central directory|zip|corrupt/i.test(msg) ? 'not a readable Word file: the file is damaged or is no .docx' : `could not be read as a Word file (${msg})`);
    }
    return { blocks: blocksOf(result.value), messages: result.messages.filter((m) => m.type === 'error').map((m) => m.message) };
  },
};
