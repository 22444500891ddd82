/**
 * A worker thread of `citedesk archive push`: parses the files it is sent (through readArticle, the
 * one place a file becomes an article) and answers with the rows to store. Never touches the database.
 */
import { parentPort } from 'worker_threads';
import { readArticle } from '../node/read-article';
import { articleRows } from './rows';
import type { ParseReply, ParseRequest } from './pool';

parentPort?.on('message', (m: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: m.id, rows: articleRows(readArticle(m.path, m.bytes), m.hash) };
  } catch (e) {
    reply = { id: m.id, error: (e as Error).message ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
