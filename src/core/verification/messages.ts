/**
 * What each finding says to the writer, in one place. A message names the source and says exactly
 * what differs; it never claims more than the check found ("no source contains these words" only
 * when none does).
 */
import { formatDate } from './cite';
import type { Edit, MeaningProblem } from './elision';
import { MEANING_NAMES } from './meaning';
import type { UncheckedWhy } from './speaker';
import { wordKey } from './words';

/** What a message needs to know of a source. */
export interface SourceNamed {
  title: string;
  outlet: string | null;
  published: string | null;
  speaker: string | null;
}

/** "Reuters, “Putin to visit Vietnam”, 18 June 2024". */
export function describeSource(m: Omit<SourceNamed, 'speaker'>): string {
  const date = formatDate(m.published);
  return `${m.outlet ? `${m.outlet}, ` : ''}“${m.title}”${date ? `, ${date}` : ''}`;
}

/** "Carl Thayer in Reuters, “…”, 18 June 2024", or the source alone when no one is named. */
function whoIn(m: SourceNamed): string {
  return `${m.speaker ? `${m.speaker} in ` : ''}${describeSource(m)}`;
}

/** A run of words cut to about `n` words for a message. */
export function clip(s: string, n = 12): string {
  const ws = s.replace(/\s+/g, ' ').trim().split(' ');
  return ws.length <= n ? ws.join(' ') : `${ws.slice(0, n).join(' ')} …`;
}

export const Messages = {
  noWords: 'No words to check.',
  unsourced: 'No source contains these words.',
  term: 'A term or scare quote; not a quotation from the sources.',
  termFound: (m: SourceNamed) => `A term found in ${describeSource(m)}.`,
  uncredited: (m: SourceNamed, n: number) => {
    const where = [m.outlet, formatDate(m.published)].filter(Boolean).join(', ');
    return `Copied from “${m.title}”${where ? ` (${where})` : ''} without quotation marks or credit: ${n} words in a row are ${m.speaker ? `${m.speaker}’s words there` : 'the source’s'}.`;
  },
  headline: (m: SourceNamed) => `The headline of ${describeSource(m)}, quoted as a title.`,
  sourceOwnWords: (m: SourceNamed) => `The source's own words, not a quotation in it: ${describeSource(m)}.`,
  sourceOwnWordsUnread: (m: SourceNamed, names: string) =>
    `The words stand in ${describeSource(m)} as its own text, not as a quotation; whose they are in the draft was not read (it names ${names} nearby).`,
  notQuoted: (m: SourceNamed, draftSpeaker: string) =>
    `No source quotes these words as anyone's: ${describeSource(m)} has them in its own text, not as a quotation; the draft gives them to ${draftSpeaker} in quotation marks.`,
  verbatim: (m: SourceNamed) => `Verbatim in ${describeSource(m)}${m.speaker ? `, ${m.speaker}` : ''}.`,
  spelling: (m: SourceNamed, note: string) => `Matches ${describeSource(m)} in another spelling (${note}).`,
  variant: (outlets: string) => `Matches another outlet's wording of the same statement: ${outlets}.`,
  misquote: (summary: string, m: SourceNamed, sourceWords: string, diff: string) => `Differs from the source: ${summary}. ${whoIn(m)}: “${sourceWords}” (diff: ${diff})`,
  misattributed: (draftSpeaker: string, m: SourceNamed & { speaker: string }, sameSurname: boolean) =>
    `The draft attributes this to ${draftSpeaker}, but the sources give these words to ${m.speaker}${sameSurname ? ', another person with the same surname' : ''}: ${describeSource(m)}.`,

  /** Words found in the sources whose speaker in the draft could not be held to the sources'. */
  speakerUnchecked: (how: 'verified' | 'elided' | 'variant', m: SourceNamed & { speaker: string }, who: { draft: string; why: UncheckedWhy | 'unread' | 'between'; detail?: string }) => {
    const found = how === 'verified' ? 'verified' : how === 'elided' ? 'elided fairly' : 'found in another spelling';
    if (who.why === 'between') return `The words are ${found} in ${whoIn(m)}, but the draft names ${who.detail} between ${who.draft} and the quotation: whose they are there was not read for certain. Check who spoke.`;
    if (who.why === 'namesakes') return `The words are ${found} in ${describeSource(m)}, which names the speaker by a surname alone and names ${who.detail} (Citedesk reads them as ${m.speaker}’s); the draft gives them to ${who.draft}. Check which of them spoke.`;
    if (who.why === 'sex') return `The words are ${found} in ${describeSource(m)}, where “${who.detail}” says whose they are, but Citedesk reads them as ${m.speaker}’s, whom the source titles as a ${/^she$/i.test(who.detail ?? '') ? 'man' : 'woman'}; the draft gives them to ${who.draft}. Check who spoke.`;
    if (who.why === 'unread') return `The words are ${found} in ${whoIn(m)}; whose they are in the draft was not read (it names ${who.draft} nearby).`;
    if (who.why === 'beside') return `The words are ${found} in ${describeSource(m)}, which gives them to “${m.speaker}” and names ${who.draft} just before; the draft gives them to ${who.draft}. Check that they are the same.`;
    if (who.why === 'pronoun') return `The words are ${found} in ${describeSource(m)}, where only a pronoun says whose they are: Citedesk reads it as ${m.speaker}, the draft says ${who.draft}, whom the source also names just before. Check which is right.`;
    if (who.why === 'guessed') return `The words are ${found} in ${describeSource(m)}, which does not say who spoke them (Citedesk reads them as ${m.speaker}’s); the draft gives them to ${who.draft}.`;
    return `The words are ${found} in ${whoIn(m)}; the draft gives them to “${who.draft}”, a description the sources do not use for ${m.speaker}.`;
  },

  /** A faithful elision: what each ellipsis leaves out and what each bracket stands for. */
  elided: (m: SourceNamed, edits: readonly Edit[], glued: readonly string[]) =>
    `Elided from ${whoIn(m)}: ${[...edits.map(describeEdit), ...(glued.length ? [`the brackets fit ${glued.map((g) => `“${g}”`).join(', ')} to the sentence`] : [])].join('; ')}.`,

  /** An ellipsis or a bracket that changes the meaning, and the source's words uncut. */
  meaning: (p: MeaningProblem, m: SourceNamed, sourceWords: string) => `${describeProblem(p)} ${whoIn(m)}: “${sourceWords}”`,

  /** Words of two speakers, or of two sources, joined as one quotation; or one speaker's, reordered. */
  joined: (kind: 'speakers' | 'sources' | 'order', first: { text: string; m: SourceNamed }, other: { text: string; m: SourceNamed }) => {
    const a = `“${clip(first.text, 8)}”`;
    const b = `“${clip(other.text, 8)}”`;
    if (kind === 'sources') return `The ellipsis joins words from two sources: ${a} is from ${whoIn(first.m)}, ${b} from ${whoIn(other.m)}.`;
    if (kind === 'order') return `The ellipsis joins words in another order than the source's: ${b} comes before ${a} in ${whoIn(first.m)}.`;
    return `The ellipsis joins the words of two speakers: ${a} is ${first.m.speaker ?? 'unattributed'}’s, ${b} is ${other.m.speaker ?? 'not attributed to anyone'}’s (${describeSource(first.m)}).`;
  },
};

function describeEdit(e: Edit): string {
  if (e.by === 'ellipsis') {
    const cut = e.cut ? `leaves out “${clip(e.cut)}”` : 'leaves nothing out';
    return e.across ? `the ellipsis joins two of the speaker’s quotes in this source and ${cut}` : `the ellipsis ${cut}`;
  }
  if (!e.replaced) return `“[${e.added}]” is added`;
  if (wordKey(e.added) === wordKey(e.replaced)) return `“[${e.added}]” as the source has it`;
  return `“[${e.added}]” stands for “${clip(e.replaced)}”`;
}

function describeProblem(p: MeaningProblem): string {
  if (p.by === 'ellipsis') return `The ellipsis removes “${p.text}” (${MEANING_NAMES[p.kind as keyof typeof MEANING_NAMES]}), which changes the meaning.`;
  if (p.kind === 'claim') return p.replaced ? `The brackets add “${p.text}” in place of “${p.replaced}”, a claim the source does not make.` : `The brackets add “${p.text}”, a claim the source does not make.`;
  return `The brackets put “${p.text}” in place of “${p.replaced ?? ''}”, which changes the meaning.`;
}
