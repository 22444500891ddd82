/**
 * Runs every attribution rule's case file (`src/core/reading/attribution/rules/**\/<id>.cases.txt`).
 * One case a line: an article in one line (`¶` for a paragraph break), the words naming the
 * speaker in [brackets], and, when the speaker's full name differs from the bracketed words,
 * `=> Full Name` at the end (`=> -` for no speaker). The case's last quotation must get that
 * speaker, from that rule, named at the bracketed words.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus/corpus';
import { AFTER_RULES, BEFORE_RULES, CONTEXT_RULES, CUE_READERS } from '../../src/core/reading/attribution/rules';
import { ROOT } from './helpers';

const RULES_DIR = path.join(ROOT, 'src', 'core', 'reading', 'attribution', 'rules');

interface Case {
  line: number;
  source: string;
  text: string;
  speaker: string | null;
  /** Where the bracketed words stand in `text`. */
  mention: { start: number; end: number } | null;
}

export function parseCases(file: string): Case[] {
  const out: Case[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const arrow = line.lastIndexOf('=>');
      const body = (arrow >= 0 ? line.slice(0, arrow) : line).trim().replace(/\s*¶\s*/g, '\n\n');
      const open = body.indexOf('[');
      const close = body.indexOf(']', open);
      const mention = open >= 0 && close > open ? { start: open, end: close - 1 } : null;
      const text = body.replace('[', '').replace(']', '');
      const named = mention ? text.slice(mention.start, mention.end) : null;
      const expected = arrow >= 0 ? line.slice(arrow + 2).trim() : named;
      out.push({ line: i + 1, source: raw, text, speaker: expected === '-' ? null : expected, mention });
    });
  return out;
}

function caseFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return caseFiles(p);
    return e.name.endsWith('.cases.txt') ? [p] : [];
  });
}

describe('attribution rules (case files)', () => {
  const files = caseFiles(RULES_DIR);
  const ids = files.map((f) => path.basename(f, '.cases.txt'));

  it('every rule in the lists has a case file, and every case file a rule', () => {
    const listed = [...AFTER_RULES.map((r) => r.id), ...CUE_READERS.map((r) => r.id), ...BEFORE_RULES.map((r) => r.id).filter((id) => id !== 'cue-before'), ...CONTEXT_RULES];
    assert.deepStrictEqual([...ids].sort(), [...listed].sort());
  });

  for (const file of files) {
    const id = path.basename(file, '.cases.txt');
    describe(id, () => {
      for (const c of parseCases(file)) {
        it(`line ${c.line}: ${c.source.trim().slice(0, 90)}`, () => {
          // The rules alone: a case pins what its rule reads; the speaker model's choice between the
          // rules' proposals is measured by npm run eval and pinned by the conventions tests.
          const corpus = new Corpus({ speakerModel: null });
          const a = corpus.upsert('case.txt', c.text);
          const q = a.quotes[a.quotes.length - 1];
          assert.ok(q, 'no quotation found');
          assert.strictEqual(corpus.speakerOf(q, a), c.speaker, 'speaker');
          assert.strictEqual(q.rule, c.speaker === null ? null : id, 'rule');
          if (c.mention && q.speakerSpan) assert.deepStrictEqual(q.speakerSpan, c.mention, 'where the speaker is named');
        });
      }
    });
  }
});
