/** What the archive's tests share: pushing from the tests, and what must hold after any push. */
import * as assert from 'assert';
import * as path from 'path';
import { parseArticle } from '../../src/core/reading/article';
import { connect } from '../../src/archive/db';
import { foldWordChanges, push, refreshPeople, type PushOptions } from '../../src/archive/push';
import { ROOT } from './helpers';
import { query } from './pg';

/** The worker script as tsc compiled it, beside the module that starts it. */
export const WORKER = path.join(ROOT, 'out', 'src', 'archive', 'push-worker.js');

export function pushOptions(extra: Partial<PushOptions> = {}): PushOptions {
  return { reader: 'test', workers: 2, workerFile: WORKER, ...extra };
}

/** Pushes `inputs` (paths as the working folder shows them) into the archive at `url`. */
export async function pushTo(url: string, inputs: string[], extra: Partial<PushOptions> = {}) {
  const c = await connect(url);
  try {
    return await push(c, inputs, pushOptions(extra));
  } finally {
    await c.end();
  }
}

/**
 * What must hold whatever happened to a push: every archived article has exactly the rows its
 * parse gives (none half-written), and the counts kept beside the rows agree with the rows.
 */
export async function assertWhole(url: string, read: (p: string) => Buffer): Promise<number> {
  const arts = await query<{ id: string; path: string; quotes: number; passages: number; people: number }>(
    url,
    `SELECT a.id, a.path, (SELECT count(*)::int FROM citedesk.quotes q WHERE q.article_id = a.id) AS quotes,
            (SELECT count(*)::int FROM citedesk.passages p WHERE p.article_id = a.id) AS passages,
            (SELECT count(*)::int FROM citedesk.article_people p WHERE p.article_id = a.id) AS people
       FROM citedesk.articles a`,
  );
  for (const a of arts) {
    const parsed = parseArticle(a.path, read(a.path));
    assert.strictEqual(a.quotes, parsed.quotes.length, `${a.path}: quotes`);
    assert.strictEqual(a.people, parsed.people.length, `${a.path}: people`);
    assert.ok(a.passages >= parsed.quotes.length, `${a.path}: passages`);
  }
  const [stats] = await query<{ passages: string; quotes: string; p: string; q: string }>(url, `SELECT s.passages, s.quotes, (SELECT count(*) FROM citedesk.passages) AS p, (SELECT count(*) FROM citedesk.quotes) AS q FROM citedesk.stats s`);
  assert.strictEqual(stats.passages, stats.p, 'passage count kept beside the rows');
  assert.strictEqual(stats.quotes, stats.q, 'quote count kept beside the rows');
  return arts.length;
}

/** After every recorded change is folded in: each word's count is the number of passages and people holding it. */
export async function assertWordCounts(url: string): Promise<void> {
  const c = await connect(url);
  try {
    await foldWordChanges(c);
    await refreshPeople(c);
  } finally {
    await c.end();
  }
  const wrong = await query(
    url,
    `SELECT coalesce(w.word, x.lex) AS word, w.df, x.n FROM citedesk.words w
       FULL JOIN (SELECT lex, count(*)::int AS n FROM (SELECT words FROM citedesk.passages UNION ALL SELECT words FROM citedesk.people) d, unnest(tsvector_to_array(d.words)) lex GROUP BY lex) x ON x.lex = w.word
      WHERE coalesce(w.df, 0) <> coalesce(x.n, 0) LIMIT 5`,
  );
  assert.deepStrictEqual(wrong, [], 'vocabulary counts match the passages');
}

