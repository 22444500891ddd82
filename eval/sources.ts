/**
 * The text corpora the evaluation reads at run time, by a short reference: `seeds:000_….txt`,
 * `bbc:politics/001.txt`, `polnear:train/<name>.txt`, `whitehouse:press-briefings/…/x.md`,
 * `texts:modern-a/01-x.txt`. BBC, PolNeAR and the modern pages belong to others: they are read
 * from ../shared (or eval/texts), never committed.
 */
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');

export const CORPUS_DIRS: Record<string, string> = {
  seeds: path.join(ROOT, 'seeds'),
  bbc: process.env.CITEDESK_BBC ?? path.join(SHARED, 'corpora', 'bbc'),
  polnear: path.join(SHARED, 'corpora', 'polnear', 'data'),
  whitehouse: path.join(SHARED, 'corpora', 'whitehouse'),
  texts: path.join(ROOT, 'eval', 'texts'),
};

/** Splits `corpus:relative/path` into its parts. */
export function parseRef(ref: string): { corpus: string; rel: string } {
  const colon = ref.indexOf(':');
  if (colon < 0) throw new Error(`not a corpus reference: ${ref}`);
  const corpus = ref.slice(0, colon);
  if (!(corpus in CORPUS_DIRS)) throw new Error(`unknown corpus “${corpus}” in ${ref}`);
  return { corpus, rel: ref.slice(colon + 1) };
}

/** The file a reference names. PolNeAR's texts live under `<split>/text/`. */
export function refPath(ref: string): string {
  const { corpus, rel } = parseRef(ref);
  if (corpus === 'polnear') {
    const [split, ...rest] = rel.split('/');
    return path.join(CORPUS_DIRS.polnear, split, 'text', rest.join('/'));
  }
  return path.join(CORPUS_DIRS[corpus], rel);
}

export function refExists(ref: string): boolean {
  return fs.existsSync(refPath(ref));
}

const cache = new Map<string, string>();

/** The text of a referenced file (UTF-8). */
export function readRef(ref: string): string {
  let t = cache.get(ref);
  if (t === undefined) {
    t = fs.readFileSync(refPath(ref), 'utf8');
    cache.set(ref, t);
  }
  return t;
}

/** May this corpus's text be committed (public domain or ours)? */
export function committable(ref: string): boolean {
  const { corpus } = parseRef(ref);
  return corpus === 'seeds' || corpus === 'whitehouse';
}
