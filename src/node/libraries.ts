/**
 * The format libraries as the host loads them: each a bundle of its own beside the host's
 * bundle (dist/formats/pdf.js, html.js, docx.js), required on first use only, so that starting
 * Citedesk on a folder with no PDF never loads a PDF parser. Shared by the command-line tool and
 * the editor (both run on Node).
 */
import { createRequire } from 'module';
import * as path from 'path';
import type { DocxLibrary, FormatLibraries, HtmlLibrary, PdfLibrary } from '../core/formats/types';

/** The folder of the library bundles next to a host bundle in dist/. */
export function librariesDir(hostDir: string): string {
  return path.join(hostDir, 'formats');
}

/** Libraries loaded from `dir` on first use (and once: a second PDF reuses the first's library). */
export function bundledLibraries(dir: string): FormatLibraries & { loaded(): string[] } {
  const req = createRequire(path.join(dir, 'index.js'));
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(name: string): Promise<T> => {
    let p = cache.get(name);
    if (!p) {
      p = Promise.resolve().then(() => (req(path.join(dir, `${name}.js`)) as { library: T }).library);
      cache.set(name, p);
    }
    return p as Promise<T>;
  };
  return {
    pdf: () => load<PdfLibrary>('pdf'),
    html: () => load<HtmlLibrary>('html'),
    docx: () => load<DocxLibrary>('docx'),
    loaded: () => [...cache.keys()],
  };
}
