/**
 * `npm run train`: fits the speaker model on PolNeAR's train split and the BBC evaluation sets, and writes src/core/reading/attribution/weights.json. Deterministic: the same corpora give
 * the same file. PolNeAR's dev split, the modern sets and the seeds are never trained on.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_FIT, annotatedDocs, polnearTrainDocs, train, weightsFile } from '../eval/speaker-training';

const OUT = path.resolve(__dirname, '..', '..', 'src', 'core', 'reading', 'attribution', 'weights.json');

function main(): void {
  const polnear = polnearTrainDocs();
  const annotated = annotatedDocs();
  if (!polnear.length || annotated.length < 10) {
    console.error('train: needs ../shared/corpora/polnear and ../shared/corpora/bbc');
    process.exit(2);
  }
  const started = Date.now();
  const { weights, examples } = train([...polnear, ...annotated]);
  const groups = [...new Set([...polnear, ...annotated].map((d) => d.group))].sort();
  const file = weightsFile(weights, `${examples} quotations of ${polnear.length + annotated.length} articles: ${groups.join(', ')}`, DEFAULT_FIT.margin);
  fs.writeFileSync(OUT, JSON.stringify(file, null, 1) + '\n');
  console.log(`train: ${Object.keys(file.features).length} weights from ${examples} quotations in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${path.relative(process.cwd(), OUT)}`);
}

main();
