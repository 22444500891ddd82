/**
 * Speaker turns in a transcript's text: the labels that open each turn, the continuation
 * paragraphs that carry none, time stamps, and stage directions. Shared by the readers of
 * transcripts in text, Markdown and Word files; pure.
 *
 * Labels, as transcripts write them at the start of a line:
 *   `MS. LEAVITT:  `, `THE PRESIDENT:  `, `SENIOR ADMINISTRATION OFFICIAL:` (official transcripts),
 *   `Q    ` or `Q:` (a reporter's question), `Speaker 1 (00:01:02):` (Rev), `[00:01:02] Jane Doe:`
 *   (Trint, Descript), `Jane Doe  0:03` alone on a line (Otter), `JANE DOE:` and `Jane Doe:`.
 */
import { COMMON_WORDS, GIVEN_NAMES } from '../reading/vocabulary';
import type { Turn } from '../types';

export interface TurnScan {
  /** Speaker, questioner and stage-direction turns, in text order. */
  turns: Turn[];
  /** Where the recording's clock is known: a time-stamped label. */
  times: { start: number; time: string }[];
}

interface Candidate {
  label: string;
  /** Offset of the line holding the label. */
  line: number;
  /** Where the turn's words start (after the label; the next line when the label stands alone). */
  words: number;
  time: string | null;
  kind: 'caps' | 'q' | 'timed' | 'named';
  /** A "Q" glued to its words: a question only in a Q&A. */
  glued?: boolean;
  /** Opens a paragraph (first line, or after a blank line). */
  opens: boolean;
}

/** Words that head a line with a colon but name no speaker. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'update', 'updated', 'editor', "editor's note", 'editors note', 'source', 'sources', 'published', 'posted', 'date', 'by', 'from', 'to', 'subject', 're',
  'contact', 'contacts', 'media contact', 'photo', 'image', 'credit', 'caption', 'video', 'audio', 'related', 'read more', 'see also', 'tags', 'title', 'summary', 'background',
  'location', 'time', 'place', 'when', 'where', 'who', 'what', 'why', 'how', 'topic', 'topics', 'agenda', 'attendees', 'participants list', 'transcript', 'warning',
  'disclaimer', 'correction', 'clarification', 'breaking', 'live', 'watch', 'listen', 'q&a', 'faq', 'example', 'step', 'part', 'chapter', 'section', 'fact sheet',
  'for immediate release', 'embargoed', 'washington', 'nominations sent to the senate', 'withdrawal sent to the senate',
  // A match report's line-ups.
  'subs', 'subs not used', 'substitutes', 'replacements', 'booked', 'sent off', 'goals', 'scorers', 'referee', 'ref', 'att', 'attendance',
  'venue', 'kick-off', 'result', 'score', 'teams', 'line-up', 'lineup', 'squad', 'starting xi',
]);

/** Title-case labels that name a part, not a person ("Interviewer:", "Host:"). */
const ROLE_LABELS = /^(?:interviewer|host|moderator|reporter|narrator|caller|announcer|audience|panelist|guest|presenter|anchor|correspondent|translator|interpreter|question|answer|speaker\s*\d+|participant\s*\d*|unknown speaker|unidentified speaker)$/i;

/** Words a capitals label may hold besides names: honorifics, offices and joiners. */
const CAPS_JOINERS = new Set(['OF', 'THE', 'AND', 'FOR', 'DE', 'DA', 'DEL', 'VAN', 'VON', 'AL', 'EL', 'BIN', 'LA', 'LE', 'DI', 'DU']);

/** Honorifics and offices that make a capitals label a speaker for certain ("MS. LEAVITT", "THE PRESIDENT"). */
const SPEAKER_WORDS = /^(?:MR|MRS|MS|MISS|DR|PROF|SIR|DAME|LORD|LADY|THE|PRESIDENT|VICE|SECRETARY|SENATOR|SEN|REPRESENTATIVE|REP|GOVERNOR|GOV|MAYOR|ADMINISTRATOR|CHAIR|CHAIRMAN|CHAIRWOMAN|DIRECTOR|AMBASSADOR|GENERAL|ADMIRAL|COLONEL|MAJOR|CAPTAIN|JUDGE|JUSTICE|MINISTER|PRIME|CHANCELLOR|KING|QUEEN|PRINCE|PRINCESS|SPEAKER|LEADER|COMMISSIONER|SURGEON|ATTORNEY|OFFICIAL|MODERATOR|OPERATOR|AUDIENCE|PARTICIPANT|PARTICIPANTS|AIDE|REPORTER|INTERVIEWER|HOST|PANELIST|WITNESS|COUNSEL|CLERK|FIRST|LIEUTENANT|SERGEANT|DEPUTY|ACTING|ASSISTANT|PRESS|NATIONAL|COORDINATOR)\.?$/;

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/** `[00:01:02] Jane Doe: …` or `(00:01:02) Jane Doe: …` */
const TIME_FIRST = new RegExp(String.raw`^[ \t\u00a0]*[\[(](${TIME})[\])][ \t\u00a0]*([^\s:\[\]()][^:\n\[\]()]{0,58}?)[ \t\u00a0]*:[ \t\u00a0]*`);
/** `Speaker 1 (00:01:02):` or `Jane Doe [00:01:02]` with the words on this line or the next. */
const NAME_TIME = new RegExp(String.raw`^[ \t\u00a0]*([^\s:\[\]()][^:\n\[\]()]{0,58}?)[ \t\u00a0]*[\[(](${TIME})[\])][ \t\u00a0]*:?[ \t\u00a0]*`);
/** Otter: `Jane Doe  0:03` alone on its line. */
const NAME_CLOCK = new RegExp(String.raw`^[ \t\u00a0]*([^\s:\[\]()][^:\n\[\]()]{0,58}?)[ \t\u00a0]{2,}(${TIME})[ \t\u00a0]*$`);
/** `MS. LEAVITT:  `, `PRESIDENT MOON:  (As interpreted.)`, `**JANE DOE:**` */
const CAPS = /^[ \t\u00a0]*(?:\*\*)?((?:[A-Z][A-Z'\u2019.-]*)(?:[ \t\u00a0]+[A-Z][A-Z'\u2019.-]*){0,6})(?:\*\*)?[ \t\u00a0]*:(?:\*\*)?(?:[ \t\u00a0]+|$)/;
/** `Q    Good afternoon.`, `Q: …`, `Q. …` */
const QUESTION = /^[ \t\u00a0]*(?:\*\*)?Q(?:\*\*)?(?:[:.](?:\*\*)?[ \t\u00a0]*|[ \t\u00a0]+)(?=\S)/;
/** `QLast October, …`: a question mark glued to its words by a careless copy (trusted only in a Q&A with "A:" answers). */
const QUESTION_GLUED = /^[ \t\u00a0]*Q(?=\p{Lu}\p{Ll})/u;
/** `Jane Doe: …`, `Speaker 1: …`, `Interviewer: …` */
const NAMED = /^[ \t\u00a0]*(?:\*\*)?(\p{Lu}[\p{L}'\u2019.-]*(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}'\u2019.-]*|de|da|del|van|von|bin|al|el|la|le|\d{1,2})){0,3})(?:\*\*)?[ \t\u00a0]*:(?:\*\*)?[ \t\u00a0]+(?=\S)/u;

/** "END", "3:19 P.M. EST", "END  1:52 P.M. EST", "###": the event's close, no one's words. */
const CLOSING = /^[ \t\u00a0]*(?:END\b\.?[ \t\u00a0]*(?:\d{1,2}:\d{2}[ \t\u00a0]*[AP]\.?[ \t\u00a0]?M\.?(?:[ \t\u00a0]+[A-Z]{2,5})?)?|\d{1,2}:\d{2}[ \t\u00a0]*[AP]\.?[ \t\u00a0]?M\.?(?:[ \t\u00a0]+[A-Z]{2,5})?|#{3,}|-{2,}[ \t\u00a0]*END[ \t\u00a0]*-{2,})[ \t\u00a0]*$/;

/** `(Laughter.)`, `(The President holds up a chart.)`: a capitalised sentence in parentheses. */
const DIRECTION_SENTENCE = /\([ \t\u00a0]*\p{Lu}(?=[^()\n]*\p{Ll})[^()\n]{0,100}?\.[ \t\u00a0]*\)/gu;
/** `[crosstalk]`, `[LAUGHTER]`, `[inaudible 00:01:02]`, `(laughs)`, `♪ music ♪`: what captioners mark. */
const DIRECTION_MARK = /[[(](?:laughter|laughs|laughing|applause|crosstalk|cross-talk|inaudible|unintelligible|indiscernible|music|silence|pause|coughs|background noise|foreign language|no audio|audio cuts out|overlapping|cheers|cheering|sighs)(?:[ \t\u00a0]+[^\])\n]{0,20})?[\])]|♪[^♪\n]{0,80}♪/gi;

/** Stage directions in text[from, …): no one's words, as direction turns. */
export function findDirections(text: string, from = 0): Turn[] {
  const out: Turn[] = [];
  for (const re of [DIRECTION_SENTENCE, DIRECTION_MARK]) {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, label: m[0], role: 'direction', time: null });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((d, i) => i === 0 || d.start >= out[i - 1].end);
}

/** "0:03" → "00:00:03", "1:02:03.5" → "01:02:03". */
export function normaliseTime(t: string): string {
  const parts = t.replace(/[.,]\d+$/, '').split(':').map(Number);
  while (parts.length < 3) parts.unshift(0);
  return parts.map((n) => String(n).padStart(2, '0')).join(':');
}

function capsLabel(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length === 1 && label.replace(/\W/g, '').length < 2) return false;
  // Every word a name, an honorific or office, or a joiner: "NOMINATIONS SENT TO THE SENATE" is a heading.
  return words.every((w) => /[A-Z]/.test(w)) && words.filter((w) => CAPS_JOINERS.has(w)).length <= 2 && !words.some((w) => /^(?:TO|IS|ARE|WAS|IN|ON|AT|A|AN|WITH|BY|FROM|SENT)$/.test(w)) && !NOT_SPEAKERS.has(label.toLowerCase());
}

/** A capitals label that is surely a speaker: an honorific or office ("MS. LEAVITT"), or a full name ("JANE DOE", not "SHORT READS"). */
function strongCaps(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.some((w) => SPEAKER_WORDS.test(w))) return true;
  const names = words.filter((w) => !CAPS_JOINERS.has(w));
  return names.length >= 2 && names.every((w) => GIVEN_NAMES.has(w.toLowerCase()) || !COMMON_WORDS.has(w.toLowerCase()));
}

export function isQuestioner(label: string): boolean {
  return /^(?:q|question|reporter|journalist|interviewer|audience member|audience question)$/i.test(label.trim());
}

/** A name written as a label ("Jane Doe", "Speaker 2", "Interviewer"): no heading word, no sentence ("Subs Not Used"). */
function namedLabel(label: string): boolean {
  if (NOT_SPEAKERS.has(label.toLowerCase()) || /\.$/.test(label)) return false;
  if (ROLE_LABELS.test(label)) return true;
  // An answer in a Q&A ("A: …") is the interviewee's.
  if (label === 'A') return true;
  const words = label.split(/[ \t\u00a0]+/);
  return words.every((w) => /^\p{Lu}/u.test(w) && (GIVEN_NAMES.has(w.toLowerCase()) || !COMMON_WORDS.has(w.toLowerCase())));
}

/** Whether a name before a colon reads as a speaker ("JANE DOE", "Jane Doe", "Interviewer"), not a heading ("Today", "NOTE"). */
export function speakerLabel(label: string): boolean {
  return label === label.toUpperCase() ? capsLabel(label) && (strongCaps(label) || !COMMON_WORDS.has(label.toLowerCase())) : namedLabel(label);
}

/** The label a line opens with, if any. */
function labelAt(text: string, lineStart: number, lineEnd: number, nextLine: number): Omit<Candidate, 'opens'> | null {
  const line = text.slice(lineStart, lineEnd);
  let m = TIME_FIRST.exec(line);
  if (m && !NOT_SPEAKERS.has(m[2].toLowerCase())) return { label: m[2].trim(), line: lineStart, words: lineStart + m[0].length, time: normaliseTime(m[1]), kind: 'timed' };
  m = NAME_TIME.exec(line);
  if (m && !NOT_SPEAKERS.has(m[1].toLowerCase())) {
    const rest = lineStart + m[0].length;
    return { label: m[1].trim(), line: lineStart, words: rest >= lineEnd ? nextLine : rest, time: normaliseTime(m[2]), kind: 'timed' };
  }
  m = NAME_CLOCK.exec(line);
  if (m && !NOT_SPEAKERS.has(m[1].toLowerCase()) && /^\p{Lu}/u.test(m[1])) return { label: m[1].trim(), line: lineStart, words: nextLine, time: normaliseTime(m[2]), kind: 'timed' };
  m = QUESTION.exec(line);
  if (m) return { label: 'Q', line: lineStart, words: lineStart + m[0].length, time: null, kind: 'q' };
  m = QUESTION_GLUED.exec(line);
  if (m) return { label: 'Q', line: lineStart, words: lineStart + m[0].length, time: null, kind: 'q', glued: true };
  m = CAPS.exec(line);
  if (m && capsLabel(m[1].trim())) {
    const rest = lineStart + m[0].length;
    return { label: m[1].trim().replace(/\s+/g, ' '), line: lineStart, words: rest >= lineEnd ? nextLine : rest, time: null, kind: 'caps' };
  }
  m = NAMED.exec(line);
  if (m && namedLabel(m[1])) return { label: m[1].trim().replace(/\s+/g, ' '), line: lineStart, words: lineStart + m[0].length, time: null, kind: 'named' };
  return null;
}

interface Line {
  start: number;
  end: number;
  next: number;
  blank: boolean;
}

function linesOf(text: string, from: number): Line[] {
  const out: Line[] = [];
  let at = from;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    const next = end < 0 ? text.length + 1 : end + 1;
    if (end < 0) end = text.length;
    const lineEnd = end > at && text[end - 1] === '\r' ? end - 1 : end;
    out.push({ start: at, end: lineEnd, next: Math.min(next, text.length), blank: !/\S/.test(text.slice(at, lineEnd)) });
    if (next > text.length) break;
    at = next;
  }
  return out;
}

/**
 * The turns of a transcript starting at `from` (after any front matter), or null when the text
 * reads as no transcript: fewer than two labelled turns, unless the one label is certainly a
 * speaker's ("THE PRESIDENT:", a time-stamped name).
 */
export function findTurns(text: string, from = 0): TurnScan | null {
  const lines = linesOf(text, from);
  const cands: Candidate[] = [];
  let blankBefore = true;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) {
      blankBefore = true;
      continue;
    }
    const c = labelAt(text, l.start, l.end, lines[i + 1]?.start ?? l.next);
    if (c) cands.push({ ...c, opens: blankBefore });
    blankBefore = false;
  }
  const count = new Map<string, number>();
  for (const c of cands) count.set(c.label, (count.get(c.label) ?? 0) + 1);
  const opening = new Set(cands.filter((c) => c.opens && c.kind !== 'named').map((c) => c.label));
  // One turn a line, no blank lines between: every label opens its turn.
  const linePerTurn = cands.length >= 3 && cands.filter((c) => c.opens).length < cands.length / 2;
  // A name with a colon is a label when names recur: in a dialogue, or said more than once.
  const named = cands.filter((c) => c.kind === 'named');
  const dialogue = named.length >= 3 && new Set(named.map((c) => c.label)).size >= 2 && named.some((c) => (count.get(c.label) ?? 0) >= 2);
  const answers = cands.some((c) => c.label === 'A');
  const accepted = cands.filter((c) => {
    if (c.glued && !(answers && c.opens)) return false;
    if (c.kind === 'named' && (count.get(c.label) ?? 0) < 3 && !dialogue) return false;
    return c.opens || linePerTurn || c.kind === 'timed' || opening.has(c.label);
  });
  const speakers = accepted.filter((c) => c.kind !== 'q');
  // Sure of a transcript: a time stamp, a reporter's question, an honorific or office ("MS. LEAVITT"),
  // or a label that comes back; two headings in capitals are no dialogue.
  const sure = accepted.some((c) => c.kind === 'timed' || c.kind === 'q' || (c.kind === 'caps' && strongCaps(c.label))) || (accepted.length >= 2 && accepted.some((c) => (count.get(c.label) ?? 0) >= 2));
  if (!accepted.length || !sure || !speakers.length) return null;

  const turns: Turn[] = [];
  const times: { start: number; time: string }[] = [];
  const lineAt = new Map(lines.map((l, i) => [l.start, i]));
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k];
    const limit = k + 1 < accepted.length ? accepted[k + 1].line : text.length;
    // The turn runs to its last line of words before the next label, the event's close or the end.
    let end = c.words;
    for (let i = lineAt.get(c.line)!; i < lines.length && lines[i].start < limit; i++) {
      const l = lines[i];
      if (l.end <= c.words && l.start < c.words) continue;
      if (l.blank) continue;
      if (CLOSING.test(text.slice(l.start, l.end))) break;
      end = l.end;
    }
    end = Math.min(end, limit);
    while (end > c.words && /\s/.test(text[end - 1])) end--;
    const role = c.kind === 'q' || isQuestioner(c.label) ? 'questioner' : 'speaker';
    turns.push({ start: c.words, end: Math.max(c.words, end), label: c.label, role, time: c.time });
    if (c.time) times.push({ start: c.line, time: c.time });
  }
  // Labels before numbers ("Clinton: 547.") are a table, not a dialogue.
  const spoken = turns.filter((t) => /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(text.slice(t.start, Math.min(t.end, t.start + 200))));
  if (spoken.length * 2 < turns.length) return null;
  // Stage directions, inside turns or between them: no one's words.
  const directions = findDirections(text, from);
  const all = [...turns, ...directions].sort((a, b) => a.start - b.start || (a.role === 'direction' ? 1 : -1));
  return { turns: all, times };
}
