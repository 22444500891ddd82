/**
 * Turns speaker annotations of PolNeAR quotations (written beside the corpus by an annotator who
 * saw the text and the Source span) into the committed form: offsets, a hash of the words and the
 * speaker; never the text.
 *
 *   node out/eval/import-polnear.js dev eval/texts/polnear-dev-tasks eval/texts/polnear-dev-gold eval/annotations/polnear-dev
 */
import * as fs from 'fs';
import * as path from 'path';
import { hashText } from '../hash';
import { goldQuotes, loadPolnear } from '../polnear';

interface Task {
  article: string;
  quotes: { id: number; quote: string }[];
}
interface Gold {
  quotes: { id: number; speaker: string | null; sourceType: string }[];
}

function main(): void {
  const [split, tasksDir, goldDir, dest] = process.argv.slice(2);
  if (!split || !tasksDir || !goldDir || !dest) {
    console.error('usage: import-polnear SPLIT TASKS_DIR GOLD_DIR DEST_DIR');
    process.exit(2);
  }
  fs.mkdirSync(dest, { recursive: true });
  let n = 0;
  for (const a of loadPolnear(split as 'dev' | 'train')) {
    const taskFile = path.join(tasksDir, a.name + '.json');
    if (!fs.existsSync(taskFile)) continue;
    const task = JSON.parse(fs.readFileSync(taskFile, 'utf8')) as Task;
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, a.name + '.json'), 'utf8')) as Gold;
    const quotes = goldQuotes(a);
    if (quotes.length !== task.quotes.length) throw new Error(`${a.name}: ${quotes.length} quotations, the task had ${task.quotes.length}`);
    const out = quotes.map((q, i) => {
      if (q.text !== task.quotes[i].quote) throw new Error(`${a.name}: quotation ${i + 1} differs from the task's`);
      const g = gold.quotes.find((x) => x.id === task.quotes[i].id)!;
      return { start: q.start, end: q.end, sha: hashText(q.text), speaker: g.speaker, sourceType: g.sourceType };
    });
    fs.writeFileSync(path.join(dest, a.name + '.json'), JSON.stringify({ article: a.name, quotes: out }, null, 1) + '\n');
    n += out.length;
  }
  console.log(`${n} quotations written to ${dest}`);
}

if (require.main === module) main();
