/**
 * The PDF library behind the core's PDF reader (bundled apart as dist/formats/pdf.js and loaded
 * only when a PDF is read): Mozilla's pdf.js, run in this thread with no worker and no rendering,
 * for each page's positioned text.
 */
import type { PdfFile, PdfLibrary, PdfTextItem } from '../core/formats/types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: PdfJs | null = null;

/**
 * pdf.js, loaded on first use. Loading it prints warnings about canvas features text extraction
 * never uses; they are kept out of the host's console.
 */
function pdfjs(): PdfJs {
  if (loaded) return loaded;
  const log = console.log;
  console.log = () => undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const worker = require('pdfjs-dist/legacy/build/pdf.worker.mjs') as unknown;
    // pdf.js runs its "worker" in this thread when it finds one here.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    loaded = lib;
    return lib;
  } finally {
    console.log = log;
  }
}

/** A pdf.js error as the one message the writer sees. */
function failure(e: unknown): Error {
  const name = (e as { name?: string })?.name;
  const err = new Error(
    name === 'PasswordException'
      ? 'encrypted: the PDF needs a password to open; save an unlocked copy to read it'
      : name === 'InvalidPDFException' || name === 'FormatError'
        ? 'not a readable PDF: the file is damaged or is no PDF'
        : `could not be read as a PDF (${(e as Error)?.message ?? String(e)})`,
  );
  err.name = 'FormatError';
  return err;
}

function dateOf(raw: unknown): string | null {
  const m = typeof raw === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(raw) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export const library: PdfLibrary = {
  async open(bytes) {
    const lib = pdfjs();
    let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
    try {
      // A copy: pdf.js may take the buffer it is given.
      doc = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
    } catch (e) {
      throw failure(e);
    }
    let info: Record<string, unknown> = {};
    try {
      info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
    } catch {
      /* no metadata: fine */
    }
    const text = (k: string) => (typeof info[k] === 'string' && (info[k] as string).trim() ? (info[k] as string).trim() : null);
    const file: PdfFile = {
      pageCount: doc.numPages,
      info: { title: text('Title'), author: text('Author'), created: dateOf(info.CreationDate) },
      async page(n) {
        try {
          const page = await doc.getPage(n);
          const [x0, y0, x1, y1] = page.view;
          const content = await page.getTextContent();
          const items: PdfTextItem[] = [];
          for (const it of content.items) {
            if (!('str' in it)) continue;
            const [a, b, c, d, e, f] = it.transform as number[];
            items.push({ str: it.str, x: e - x0, y: f - y0, width: it.width, size: Math.hypot(c, d) || Math.hypot(a, b) || it.height, eol: it.hasEOL });
          }
          page.cleanup();
          return { width: x1 - x0, height: y1 - y0, items };
        } catch (e) {
          throw failure(e);
        }
      },
      async close() {
        await doc.destroy();
      },
    };
    return file;
  },
};
