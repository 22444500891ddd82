import * as fs from 'fs';
import * as path from 'path';
import { readerFor } from '../../src/core/formats';
import { readArticle } from '../../src/core/loading/read';
import type { Article } from '../../src/core/types';
import { bundledLibraries } from '../../src/node/libraries';

/** Joins lines with \n: articles written inline in tests read like the files they stand for. */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}

/** The project root (tests run from out/test/unit). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');

/** Committed fixtures of every source format (test/fixtures/formats). */
export const FORMAT_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'formats');

/** The format libraries as the tool ships them (dist/formats/, made by `npm run build`). */
export const LIBRARIES = bundledLibraries(path.join(ROOT, 'dist', 'formats'));

/** A file's bytes as the tool reads them: its format reader, then the article reader. Fails with the reader's message. */
export async function readAs(name: string, bytes: Uint8Array): Promise<Article> {
  const reader = readerFor(name, bytes);
  if (!reader) throw new Error(`${name}: no format reads it`);
  try {
    return await readArticle(name, bytes, reader, LIBRARIES);
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message}`);
  }
}

/** A committed fixture of test/fixtures/formats, read as the tool reads it. */
export function readFixture(name: string): Promise<Article> {
  return readAs(name, fs.readFileSync(path.join(FORMAT_FIXTURES, name)));
}
