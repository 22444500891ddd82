/**
 * Captions (WebVTT, SRT) as a transcript: cues joined into speaker turns, one paragraph a turn,
 * written as a time-stamped transcript ("[00:12:31] Jane Doe: …") so the text reads as one when
 * opened. Speakers come from voice tags (`<v Jane Doe>`), `NAME:` prefixes, and `>>` marking a
 * change of speaker; a cue without one goes on with the speaker before. Shared by the two
 * caption readers; pure.
 */
import type { SourceDocument, Turn } from '../types';
import { decodeEntities } from './entities';
import { findDirections, normaliseTime, speakerLabel } from './transcript-turns';

export interface Cue {
  /** The cue's start ("00:12:31"), or null when its timing line could not be read. */
  time: string | null;
  /** The payload as written: tags, entities and line breaks. */
  payload: string;
}

/** A cue timing line: "00:00:01.000 --> 00:00:04.000 align:start" (SRT writes a comma). */
export const TIMING = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s.*)?$/;

/** The start time of a timing line, or null when the line is no valid timing (minutes or seconds over 59, end before start). */
export function cueStart(line: string): string | null {
  const m = TIMING.exec(line);
  if (!m) return null;
  const secs = (t: string) => {
    const p = t.replace(',', '.').split(':').map(Number);
    if (p.slice(-2).some((x, i) => (i === 0 && p.length > 2 ? x >= 60 : Math.floor(x) >= 60))) return NaN;
    return p.reduce((a, x) => a * 60 + x, 0);
  };
  const a = secs(m[1]);
  const b = secs(m[2]);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return null;
  return normaliseTime(m[1]);
}

interface Piece {
  speaker: string | null;
  /** A change of speaker without a name (">>"). */
  change: boolean;
  text: string;
  time: string | null;
}

/** About how long a paragraph of one speaker's captions grows before a new one starts. */
const PARAGRAPH = 500;

const VOICE = /<v(?:\.[\w.-]+)?\s+([^>]+)>/;
/** "JANE DOE:", ">> JANE DOE:", "- Jane:" opening a caption line. */
const PREFIX = /^(?:>>\s*|-\s+)?((?:\p{Lu}[\p{Lu}'\u2019.-]*)(?:\s+\p{Lu}[\p{Lu}'\u2019.-]*){0,3}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s*:\s+/u;

/** A cue's lines as pieces of speech, each with its speaker when the cue says it. */
function piecesOf(cue: Cue): Piece[] {
  const out: Piece[] = [];
  let voice: string | null = null;
  for (const raw of cue.payload.split(/\r?\n/)) {
    const v = VOICE.exec(raw);
    if (v) voice = decodeEntities(v[1]).trim();
    let line = decodeEntities(raw.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (!line) continue;
    let speaker = v ? voice : null;
    let change = false;
    const p = PREFIX.exec(line);
    if (p && speakerLabel(p[1].trim())) {
      speaker = p[1].trim();
      line = line.slice(p[0].length);
    } else if (/^>>/.test(line)) {
      change = true;
      line = line.replace(/^>>\s*/, '');
    }
    if (line) out.push({ speaker, change, text: line, time: cue.time });
  }
  return out;
}

/**
 * The document of a list of cues: turns by speaker, each a paragraph of the text, with a time
 * mark at every cue so a quote inside a long turn gets its own time.
 */
export function captionsDocument(cues: Cue[], warnings: string[]): SourceDocument {
  const turns: Turn[] = [];
  const times: { start: number; time: string }[] = [];
  let text = '';
  let speaker: string | null = null;
  let open: Turn | null = null;
  let lastLine = '';
  for (const cue of cues) {
    for (const piece of piecesOf(cue)) {
      const who: string | null = piece.speaker ?? (piece.change ? null : speaker);
      // A long turn is cut into paragraphs at a sentence's end, each with its own time.
      const long = !!open && open.end - open.start >= PARAGRAPH && /[.?!]["\u201d\u2019]?$/.test(lastLine);
      if (open && who === speaker && !piece.change && !long) {
        // Rolling captions repeat the line before: keep it once.
        if (piece.text === lastLine) continue;
        if (piece.time && piece.time !== times[times.length - 1]?.time) times.push({ start: text.length + 1, time: piece.time });
        text += ' ' + piece.text;
      } else {
        if (text) text += '\n\n';
        if (piece.time) times.push({ start: text.length, time: piece.time });
        text += `${piece.time ? `[${piece.time}] ` : ''}${who ? `${who}: ` : ''}`;
        open = { start: text.length, end: text.length, label: who ?? '', role: 'speaker', time: piece.time };
        turns.push(open);
        speaker = who;
        text += piece.text;
      }
      open.end = text.length;
      lastLine = piece.text;
    }
  }
  // Laughter and applause the captioner marked are no one's words.
  const all = [...turns, ...findDirections(text)].sort((a, b) => a.start - b.start || (a.role === 'direction' ? 1 : -1));
  return { format: 'captions', text, turns: all, times, warnings };
}

/** A line that was meant as a cue's timing ("00:01:0x --> 00:01:05", "00:01:05 - 00:01:09"): digits and colons, no words. */
const TIMING_LIKE = /^\s*[\d:.,]{4,}\s*(?:-->|->|-|–|to)\s*[\d:.,a-z]{3,}\s*$|-->/i;

/**
 * The cues of a caption file (WebVTT or SRT: blocks separated by blank lines, an optional id or
 * number, a timing line, the payload). A block whose timing cannot be read keeps its words,
 * without a time, and is counted in one warning.
 */
export function parseCues(text: string): { cues: Cue[]; warnings: string[] } {
  const cues: Cue[] = [];
  const broken: { line: number; text: string }[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && !lines[i].trim()) i++;
    const from = i;
    while (i < lines.length && lines[i].trim()) i++;
    const block = lines.slice(from, i);
    if (!block.length) continue;
    // The file's header and WebVTT's notes, styles and regions are no one's words.
    if (/^(?:WEBVTT|NOTE|STYLE|REGION)\b/.test(block[0])) continue;
    let t = block.findIndex((l) => l.includes('-->'));
    if (t < 0) {
      // No arrow at all: a timing written some other way, after an optional number.
      t = block.findIndex((l, k) => k <= 1 && /\d:\d/.test(l) && !/\p{L}{2,}/u.test(l.replace(/-->|to/gi, '')));
      if (t < 0 || !TIMING_LIKE.test(block[t])) t = -1;
    }
    if (t < 0) {
      // Words with no timing line: kept, with the time before them.
      const payload = block.filter((l, k) => !(k === 0 && /^\d+$/.test(l.trim()))).join('\n');
      if (payload.trim()) {
        broken.push({ line: from + 1, text: block[0].trim() });
        cues.push({ time: null, payload });
      }
      continue;
    }
    const time = cueStart(block[t]);
    if (!time) broken.push({ line: from + t + 1, text: block[t].trim() });
    const payload = block.slice(t + 1).join('\n');
    if (payload.trim()) cues.push({ time, payload });
  }
  const warnings = broken.length
    ? [`${broken.length} cue${broken.length === 1 ? '' : 's'} with a time that cannot be read (first at line ${broken[0].line}: "${broken[0].text.slice(0, 40)}"); their words are kept, without a time`]
    : [];
  return { cues, warnings };
}
