/** How the command-line tool reports a problem with one file: one line on stderr, and it goes on. */
import type { LoadProblem } from '../node/load';

export function warnProblem(p: LoadProblem): void {
  process.stderr.write(`citedesk: ${p.path}: ${p.message}\n`);
}
