/**
 * Corpora for the benchmarks: the BBC folder in ../shared (the BBC owns the text; never copied into
 * the repository) and a larger archive synthesised from it at run time into a temporary folder.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rng } from '../eval/probes';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BBC = process.env.CITEDESK_BBC ?? path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc');

export interface SourceFile {
  /** Path as the corpus records it: relative to the corpus folder, with forward slashes. */
  rel: string;
  abs: string;
}

/** Every .txt file under `dir`, in a stable order. */
export function listSources(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const visit = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const abs = path.join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) visit(abs, r);
      else if (e.isFile() && e.name.endsWith('.txt')) out.push({ rel: r, abs });
    }
  };
  visit(dir, '');
  return out;
}

/** Replacement words for perturbing copies: common enough to read naturally. */
const SWAPS = ['really', 'very', 'quite', 'now', 'still', 'also', 'just', 'clearly', 'certainly', 'perhaps'];
const SURNAMES = ['Ashdown', 'Brennan', 'Carvalho', 'Delaney', 'Eriksen', 'Fairbairn', 'Gallagher', 'Hollis', 'Ibarra', 'Jankowski', 'Kowalczyk', 'Lindqvist', 'Mbeki', 'Novak', 'Okafor', 'Pereira', 'Quinlan', 'Rostova', 'Sandoval', 'Tanaka'];

/**
 * Writes `copies` perturbed copies of every source under `src` into `dest` (copy 0 is the original):
 * each copy has some quoted words and some capitalised names changed, so that the copies are not
 * exact duplicates of one another (a real archive repeats stories, never byte for byte).
 */
export function synthesiseArchive(src: string, dest: string, copies: number, seed = 1): number {
  const files = listSources(src);
  let n = 0;
  for (let c = 0; c < copies; c++) {
    const r = rng(seed + c * 7919);
    for (const f of files) {
      // latin1 both ways keeps every byte as it was (UTF-8 or not); the edits are ASCII.
      let text = fs.readFileSync(f.abs, 'latin1');
      if (c > 0) {
        // Names: replace some capitalised words after the first line (keep the headline readable).
        text = text.replace(/(?<=[a-z,] )[A-Z][a-z]{3,}\b/g, (w) => (r() < 0.15 ? SURNAMES[Math.floor(r() * SURNAMES.length)] : w));
        // Quotes: insert or swap a word inside some quoted passages.
        text = text.replace(/"([^"\n]{10,400})"/g, (m, q: string) => {
          if (r() < 0.5) return m;
          const ws = q.split(' ');
          const i = Math.floor(r() * ws.length);
          ws.splice(i, r() < 0.5 ? 1 : 0, SWAPS[Math.floor(r() * SWAPS.length)]);
          return `"${ws.join(' ')}"`;
        });
      }
      const out = path.join(dest, `copy${String(c).padStart(2, '0')}`, f.rel);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, text, 'latin1');
      n++;
    }
  }
  return n;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
