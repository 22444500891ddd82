import * as path from 'path';

/** Joins lines with \n: articles written inline in tests read like the files they stand for. */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}

/** The project root (tests run from out/test/unit). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');

/** Committed fixtures of every source format (test/fixtures/formats). */
export const FORMAT_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'formats');
