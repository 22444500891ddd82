/** What the words naming a speaker refer to: a name run, a pronoun, or a description. */
import type { NameRun } from '../names';
import type { SpeakerRef } from './types';
import { runsIn } from './window';
import { alternation, OFFICES_OF } from '../vocabulary';

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** "the star of Rain Man and", "a spokesman for": a description that reaches the name through a preposition. */
const DESCRIBED_THROUGH = /^(?:the|a|an)\s.*\b(?:of|for|at|with|behind)\s/;

/** "the Chancellor of the Exchequer", "the Secretary of State": an office, not "the star of Rain Man". */
const OFFICE_OF = new RegExp(String.raw`^[Tt]he\s+${alternation(OFFICES_OF)}\s+of(?:\s+the)?(?:\s+\p{Lu}[\p{L}-]*)?$`, 'u');

export /** What a body or person puts out in its own words: "Marca's headline", "the minister's statement". */
const DOCUMENT = /^(?:own\s+)?(?:headline|statement|report|letter|editorial|website|web\s+site|article|tweet|post|blog|column|book|memoir|e-?mail|advert|ad|release|press\s+release|notice|message|comments?|remarks?)\b/i;

export function refFor(phrase: string, offset: number, runs: NameRun[]): SpeakerRef | null {
  // "Mr Howard last week", "the minister on Tuesday": when is no part of who.
  const raw = phrase.replace(/\s*\([^)]{1,12}\)\s*$/, '').replace(/\s+(?:(?:last|this|earlier this|on)\s+(?:week|month|year|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|recently)\s*$/i, '');
  const lead = raw.length - raw.trimStart().length;
  const p = raw.trim();
  if (!p) return null;
  const start = offset + lead;
  const low = p.toLowerCase();
  if (PRONOUNS.has(low)) return { type: 'pronoun', text: low, start };
  // A name run that covers the end of the phrase (titles and roles may precede it).
  const end = start + p.length;
  const within = runsIn(runs, start, end);
  const inside = within.filter((r) => r.kind === 'person' || r.kind === 'single');
  const last = inside[inside.length - 1];
  // "the local Arab News", "Age Concern": a word left after stripping a nationality or an opener
  // names a body, not a person; keep the whole capitalised name.
  const fullStart = last?.fullStart ?? last?.titleStart ?? 0;
  if (last && last.kind === 'single' && !last.titled && fullStart < last.start && fullStart >= start && end - last.end <= 1) {
    return { type: 'description', text: raw.slice(fullStart - offset).trim(), start: fullStart };
  }
  // What stands before the last name: "a spokesman for Tony Blair" names the spokesman's
  // principal, not the speaker; "the star of Rain Man and Tootsie" names films.
  const before = last ? raw.slice(0, last.titleStart - offset).trim().toLowerCase() : '';
  const describedBy = DESCRIBED_THROUGH.test(before);
  if (last && end - last.end <= 1) {
    // "the Chancellor of the Exchequer Gordon Brown": a title right before the name makes it the speaker.
    if (!/\b(?:for|of|to|with|from|by|at|on|about|against|behind|in|like|than|after|over|under|into|beyond)$/.test(before) && (!describedBy || OFFICE_OF.test(raw.slice(0, last.titleStart - offset).trim()))) {
      return { type: 'name', text: last.text, start: last.start, end: last.end };
    }
  }
  // "Aviation analyst Nick Van den Brul of BNP Paribas", "Estelle Morris of the findings": a person, then where they work or what about.
  if (last && last.kind === 'person' && /^\s+(?:of|at|from)\s+[^,]*$/u.test(raw.slice(last.end - offset))) {
    if (!/\b(?:for|of|to|with|from|by|at|on|about|against|behind|and)$/.test(before) && !describedBy) {
      return { type: 'name', text: last.text, start: last.start, end: last.end };
    }
  }
  const firstRun = inside[0];
  // "Jane Roe's family", "Smith's lawyer": whose they are is not who speaks (but "Marca's headline" is Marca's).
  const owned = firstRun && firstRun.tokens[firstRun.tokens.length - 1].possessive ? raw.slice(firstRun.end - offset + 2).trim() : '';
  const owner = !!owned && /\p{L}/u.test(owned) && !DOCUMENT.test(owned);
  if (firstRun && firstRun.titleStart === start && (firstRun.kind === 'person' || firstRun.kind === 'single') && !owner) {
    return { type: 'name', text: firstRun.text, start: firstRun.start, end: firstRun.end };
  }
  // "Civil rights group Liberty": a body named after what it is.
  const org = within.filter((r) => r.kind === 'org' || r.kind === 'other').pop();
  if (org && end - org.end <= 1 && org.start > start && /^\p{Ll}/u.test(p) && !/\b(?:of|in|at|for|from|with|on|by|behind|like|than|after|over|under|into|beyond)\s/i.test(raw.slice(0, org.titleStart - offset))) {
    return { type: 'description', text: raw.slice(org.titleStart - offset).trim(), start: org.titleStart };
  }
  return { type: 'description', text: p, start };
}

export function roleFromTitle(phrase: string, runs: NameRun[], ref: SpeakerRef | null): string | null {
  if (!ref || ref.type !== 'name') return null;
  const run = runsIn(runs, ref.start, ref.start + 1000).find((r) => r.start === ref.start);
  if (run?.title) return run.role && run.role.endsWith(run.title) ? run.role : run.title;
  return null;
}
