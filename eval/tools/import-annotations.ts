/**
 * Turns annotation files that carry quote text (written by an annotator beside the corpus) into
 * the committed form, which carries offsets and a hash instead: the BBC owns its text, so the
 * evaluation set points into ../shared/corpora/bbc rather than copying from it.
 *
 *   node out/eval/import-annotations.js SRC_DIR ../shared/corpora/bbc eval/annotations/bbc
 *   node out/eval/import-annotations.js SRC_DIR eval/texts eval/annotations/modern-a [MANIFEST]
 *
 * With a manifest (pages taken from the search tool's pages corpus), each file also records where
 * its text came from (address, the query that finds it again, its rank) and a hash of the whole
 * text, so that a later session can fetch the same page again and prove it is the same text.
 */
import * as fs from 'fs';
import * as path from 'path';
import { hashText } from '../hash';

interface SrcQuote {
  text: string;
  parts?: string[];
  kind: string;
  speaker: string | null;
  partial: boolean;
  cue: string | null;
  via: string | null;
}

function main(): void {
  const [src, corpus, dest, manifestFile] = process.argv.slice(2);
  const manifest = manifestFile ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { file: string; url: string; query: string; rank: number; outlet: string; kind: string; year: number | null }[]) : [];
  if (!src || !corpus || !dest) {
    console.error('usage: import-annotations SRC_DIR CORPUS_DIR DEST_DIR');
    process.exit(2);
  }
  fs.mkdirSync(dest, { recursive: true });
  let files = 0;
  let quotes = 0;
  for (const f of fs.readdirSync(src).filter((x) => x.endsWith('.json')).sort()) {
    const ann = JSON.parse(fs.readFileSync(path.join(src, f), 'utf8')) as { path: string; quotes: SrcQuote[]; people: unknown[] };
    const text = fs.readFileSync(path.join(corpus, ann.path), 'utf8');
    let from = 0;
    const out = ann.quotes.map((q) => {
      const parts = q.parts ?? [q.text];
      const spans: [number, number][] = [];
      for (const p of parts) {
        const at = text.indexOf(p, from);
        if (at < 0) throw new Error(`${f}: part not found after ${from}: ${p.slice(0, 60)}`);
        spans.push([at, at + p.length]);
        from = at + p.length;
      }
      return { parts: spans, sha: hashText(q.text), kind: q.kind, speaker: q.speaker, partial: q.partial, cue: q.cue, via: q.via };
    });
    const page = manifest.find((m) => m.file === path.basename(ann.path));
    const origin = page ? { url: page.url, query: page.query, rank: page.rank, outlet: page.outlet, kind: page.kind, year: page.year, textSha: hashText(text), textLength: text.length } : undefined;
    fs.writeFileSync(path.join(dest, f), JSON.stringify({ path: ann.path, ...(origin ? { origin } : {}), quotes: out, people: ann.people }, null, 1) + '\n');
    files++;
    quotes += out.length;
  }
  console.log(`${files} files, ${quotes} quotes written to ${dest}`);
}

if (require.main === module) main();
