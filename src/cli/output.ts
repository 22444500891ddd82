/** How the command-line tool reports a problem with one file: one line on stderr, and it goes on. */
import type { SourceProblem } from '../core/loading/port';
import type { LoadProblem } from '../node/load';

/** A source as the loader names it (`label`), or a file the archive's push read (`path`). */
export function warnProblem(p: Pick<SourceProblem, 'label' | 'message'> | LoadProblem): void {
  process.stderr.write(`citedesk: ${'label' in p ? p.label : p.path}: ${p.message}\n`);
}
