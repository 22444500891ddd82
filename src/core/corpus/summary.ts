/** What a source holds, in brief: who speaks in it and how often (the editor's Sources view lists it). */
import type { Article } from '../types';
import type { Corpus } from './corpus';

export interface SpeakerSummary {
  /** As the corpus names them: the merged full name, or the article's description. */
  name: string;
  quotes: number;
  /** Where their first quote stands. */
  line: number;
  character: number;
}

export interface SourceSummary {
  /** Quotations that are someone's words (terms and scare quotes left out). */
  quotes: number;
  /** Those speakers, the most quoted first (then in the order they first speak). */
  speakers: SpeakerSummary[];
  /** Quotations no one is named for. */
  unattributed: number;
}

/** Who speaks in `article`, as `corpus` names them. */
export function summarizeSource(article: Article, corpus: Corpus): SourceSummary {
  const bySpeaker = new Map<string, SpeakerSummary>();
  let quotes = 0;
  let unattributed = 0;
  for (const q of article.quotes) {
    if (q.kind !== 'speech') continue;
    quotes++;
    const name = corpus.speakerOf(q, article);
    if (!name) {
      unattributed++;
      continue;
    }
    const s = bySpeaker.get(name);
    if (s) s.quotes++;
    else bySpeaker.set(name, { name, quotes: 1, line: q.line, character: q.character });
  }
  const speakers = [...bySpeaker.values()];
  // Stable: equals keep the order they first speak in.
  speakers.sort((a, b) => b.quotes - a.quotes);
  return { quotes, speakers, unattributed };
}
