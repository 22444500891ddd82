/**
 * Reads one article: metadata, paragraphs, quotes with their speakers, and the people it names.
 *
 * The steps, each in its own module: quotation spans (quote-spans), sentences, name runs (names),
 * the article's people (people), who said each quote (attribution), whom a pronoun or description
 * stands for (resolution), and whether quoted words are someone's words or a term (kind).
 */
import { attributeFromPrevious, attributeSides, sentenceOfQuotes, type Attribution, type AttributionContext, type SpeakerRef } from './attribution';
import { shippedModel, type SpeakerModel } from './attribution/model';
import { bestProposal, candidates, choose, describe, entityOf, mentionRef, type SpeakerCandidate, type SpeakerContext } from './speakers';
import { readMetadata } from './metadata';
import { findNameRuns, tokenize, type NameRun } from './names';
import { addRole, buildPeople, type PeopleTable } from './people';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { aboutWhom, bodyName, resolve, salient, sentenceSubjects, type Resolved, type SpeakerLog } from './resolution';
import { decideSpeech, isNickname, isPartial, usedUnquoted } from './kind';
import { findParagraphs, findSentences } from './sentences';
import { LineIndex, decodeBytes, foldKey, stripBom } from './text';
import { locatorsOf } from './locator';
import { maskTranscript, transcriptHead, transcriptQuotes } from './turns';
import type { Article, ArticlePerson, Mention, Quote, SourceDocument, Span } from '../types';

/** Parsing options. */
export interface ParseOptions {
  /** Texts longer than this (UTF-16 units) are read only up to it, with a warning. */
  maxChars?: number;
  /**
   * A writer's draft: attribute only what the draft says (a name, a pronoun, a description, the
   * quote it continues), never a guess from context, so a check never reports a misattribution
   * the writer did not make.
   */
  draft?: boolean;
  /**
   * Who decides between candidate speakers: the trained model (the default), another model (when
   * training and cross-validating), or null for the rules alone.
   */
  speakerModel?: SpeakerModel | null;
  /** Sees every speech quote's candidates and the one picked, with what the reader knew (training and inspection). */
  onSpeaker?: (quoteIndex: number, candidates: SpeakerCandidate[], picked: SpeakerCandidate, context: SpeakerContext) => void;
}

const DEFAULT_MAX_CHARS = 8_000_000;

/**
 * Parses an article from its bytes or text, or from a document a format reader made (a web page,
 * a PDF, a transcript): the same reading runs on the document's text, the metadata it states
 * comes first, a transcript's turns are its speakers' words, and every quote gets its locator.
 * Never throws on content: problems become warnings. `path` is only recorded (and used as a
 * fallback title); nothing is read from disk here.
 */
export function parseArticle(path: string, input: string | Uint8Array | SourceDocument, options: ParseOptions = {}): Article {
  const warnings: string[] = [];
  let text: string;
  let doc: SourceDocument | null = null;
  if (typeof input === 'string') text = stripBom(input);
  else if (input instanceof Uint8Array) {
    const d = decodeBytes(input);
    text = d.text;
    if (d.encoding !== 'utf-8') warnings.push('not valid UTF-8; read as Windows-1252 (Latin-1)');
  } else {
    doc = input;
    text = input.text;
    warnings.push(...(input.warnings ?? []));
  }
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > max) {
    warnings.push(`longer than ${max.toLocaleString('en')} characters; only the first part was read`);
    text = text.slice(0, max);
  }
  const lines = new LineIndex(text);
  const base = path.replace(/^.*[\\/]/, '').replace(/\.(?:txt|md|markdown|html?|pdf|docx|vtt|srt)$/i, '');
  // A transcript's labels and stage directions are blanked for reading: "MS. LEAVITT:" is no name in a sentence.
  const turns = doc?.turns?.filter((t) => t.end <= text.length) ?? [];
  const analysed = turns.length ? maskTranscript(text, turns) : text;
  const meta = readMetadata(turns.length ? transcriptHead(analysed, turns) : text, base);
  const title = doc?.title?.trim() || meta.title;
  const outlet = doc?.outlet ?? meta.outlet;
  const published = doc?.published ?? meta.published;

  const spans = findQuoteSpans(analysed, meta.titleSpan).filter((q) => q.outer.start >= meta.bodyStart);
  const paragraphs = findParagraphs(analysed).filter((p) => p.start >= meta.bodyStart);
  const sentences = findSentences(analysed, paragraphs, spans);
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const runs: NameRun[] = [];
  for (const p of paragraphs) runs.push(...findNameRuns(analysed, p.start, p.end, sentenceStarts));

  const table = buildPeople(analysed, runs);
  const people: PeopleTable = { ...table, sentences: sentenceSubjects(analysed, runs, table.byRun, sentences, spans) };
  const quoteSentence = sentenceOfQuotes(sentences, spans);
  const ctx: AttributionContext = { text: analysed, sentences, quoteSentence, quotes: spans, runs };
  let quotes = readQuotes(path, analysed, lines, ctx, people, options, meta.titleSpan);
  if (turns.length) quotes = transcriptQuotes({ path, text, analysed, title, turns, lines, people }, quotes);
  const locate = locatorsOf(doc);
  for (const q of quotes) q.locator = locate(q.parts[0].start);

  // Keep only people something points at (a merged misspelling leaves an empty entry behind).
  const used = new Map<number, number>();
  const persons: ArticlePerson[] = [];
  const keep = (i: number): number => {
    let j = used.get(i);
    if (j === undefined) {
      const p = people.list[i];
      j = persons.length;
      used.set(i, j);
      persons.push({ name: p.name, forms: p.forms, roles: p.roles, mentions: p.mentions });
    }
    return j;
  };
  const mentions: Mention[] = [];
  for (const r of runs) {
    const p = people.byRun.get(r.start);
    if (p !== undefined) mentions.push({ text: r.text, span: { start: r.start, end: r.end }, person: keep(p) });
  }
  for (const q of quotes) if (q.personIndex !== null) q.personIndex = keep(q.personIndex);

  const article: Article = {
    path,
    title,
    outlet,
    published,
    format: doc?.format ?? 'text',
    text,
    paragraphs,
    sentences: sentences.map((x) => ({ start: x.start, end: x.end })),
    quotes,
    people: persons,
    mentions,
    warnings,
    ...lineLookups(lines),
  };
  // A PDF's page starts, for showing the pages where its text is opened.
  if (doc?.pages?.length) article.pages = doc.pages.filter((p) => p <= text.length);
  return article;
}

/**
 * The article's position look-ups, made outside `parseArticle`: a closure made there would keep
 * its whole scope alive (the names, tokens and people tables of the parse), tens of megabytes
 * across an archive.
 */
function lineLookups(lines: LineIndex): Pick<Article, 'positionAt' | 'offsetAt'> {
  return { positionAt: (o) => lines.positionAt(o), offsetAt: (p) => lines.offsetAt(p) };
}

function readQuotes(path: string, text: string, lines: LineIndex, ctx: AttributionContext, people: PeopleTable, options: ParseOptions, headline: Span | null): Quote[] {
  const guess = !options.draft;
  const model = options.speakerModel === undefined ? shippedModel() : options.speakerModel;
  const out: Quote[] = [];
  const log: SpeakerLog = new Map();
  const firstInSentence = new Map<number, number>();
  const quoteSpeakers: Resolved[] = [];
  const quoteSpeech: boolean[] = [];
  let lower: string | undefined;
  const bodies = new Map<string, string>();
  const sc: SpeakerContext = { ctx, people, log, speakers: quoteSpeakers, entities: [], lastSpeechSentence: -1, headline };

  for (let qi = 0; qi < ctx.quotes.length; qi++) {
    const span = ctx.quotes[qi];
    const qtext = quoteText(text, span);
    const si = ctx.quoteSentence[qi];
    const s = ctx.sentences[si];
    if (!firstInSentence.has(si)) firstInSentence.set(si, qi);
    const sides = attributeSides(ctx, qi);
    let att = sides.chosen;
    let intro: Attribution | null = null;
    let continues = -1;
    const standalone = !s || (span.outer.start - s.start < 400 && onlyPunctuation(text.slice(s.start, span.outer.start)));
    if (att.how === 'none' && standalone && !att.naming) {
      // The quote it continues, or the sentence that introduces it.
      // Start from the first quote of this sentence: a sentence of many quotes is walked once, not once per quote.
      const firstHere = firstInSentence.get(si) ?? qi;
      const prevQuote = lastQuoteIn(ctx, si - 1, firstHere, quoteSpeech);
      intro = attributeFromPrevious(ctx, si);
      // The quote before goes on ("…," he said. "…"), unless the sentence before ends by introducing this one.
      const prevSentence = ctx.sentences[si - 1];
      const introduces = !!intro && !!prevSentence && /:\s*$/.test(text.slice(prevSentence.start, prevSentence.end));
      if (prevQuote >= 0 && quoteSpeech[prevQuote] && quoteSpeakers[prevQuote] && !introduces) {
        att = { ref: null, cue: null, role: null, via: out[prevQuote].via, how: 'continuation', naming: false, strong: true, rule: 'continuation' };
        continues = prevQuote;
      } else if (intro) {
        att = intro;
      } else if (prevQuote < 0) {
        const recent = lastQuoteWithin(ctx, si - 1, firstHere, 2);
        if (recent >= 0 && quoteSpeech[recent] && quoteSpeakers[recent]) {
          att = { ref: null, cue: null, role: null, via: null, how: 'continuation', naming: false, strong: true, rule: 'continuation' };
          continues = recent;
        }
      }
    }
    let rule = att.rule;
    const words = tokenize(qtext, 0, qtext.length).length;
    // Jimmy "the Whirlwind" White: a nickname inside a name is no one's words.
    const nickname = words <= 4 && isNickname(text, span.outer);
    let speech = !nickname && decideSpeech(qtext, words, att, text.slice(span.outer.end, span.outer.end + 40));
    let res: Resolved = null;
    // A name the rules read as the speaker is kept ("…," said Carl Thayer); whom a pronoun, a
    // description, a continued quote or nothing at all stands for, the speaker model decides. A
    // draft is read for what it says, never weighed (a check must not report a guess).
    if (speech && model && guess && att.ref?.type !== 'name') {
      // The model weighs every candidate; the rules' choice is one of its features.
      const guessed = guess && att.how === 'none' ? (standalone ? salient(si, 'person', people, log) : aboutWhom(si, people, log)) : null;
      const cands = candidates(sc, qi, { sides, chosen: att, intro, continues, guess: guessed });
      describe(sc, qi, cands, sides);
      const pick = choose(model, cands);
      options.onSpeaker?.(qi, cands, pick, sc);
      ({ att, res, rule } = commit(pick, att, si, out, sc, ctx));
      if (res) log.set(si, res);
    } else if (speech) {
      // A speaker named in the sentence before is resolved from where it was named.
      const refSentence = att.how === 'previous' ? si - 1 : si;
      res = att.how === 'continuation' ? quoteSpeakers[continues] ?? null : resolve(att.ref, refSentence, people, log, ctx);
      // A quote standing alone with nobody named for it: the words of whom the passage is about
      // (a profile quoting its subject: "On this subject, Morris appears almost evangelical. «I was …»").
      if (guess && !res && att.how === 'none') {
        res = standalone ? salient(si, 'person', people, log) : aboutWhom(si, people, log);
        if (res) rule = 'passage-subject';
      }
      if (res) log.set(si, res);
    } else if (guess && !nickname && att.how === 'none' && !att.naming && words >= 2 && words <= 3 && /^\p{Ll}/u.test(qtext) && !usedUnquoted(lower ??= text.toLowerCase(), qtext, ctx.quotes)) {
      // Two or three lower-case words in the writer's sentence are, in news, mostly someone's words
      // ("spoke of Labour's «shared purpose»"): the words of whoever the passage is about.
      res = aboutWhom(si, people, log);
      if (res) {
        speech = true;
        rule = 'words-about-whom';
      }
    }
    quoteSpeakers[qi] = res;
    quoteSpeech[qi] = speech;
    sc.entities[qi] = speech ? entityOf(res) : null;
    if (speech && res) sc.lastSpeechSentence = si;

    let speaker: string | null = null;
    let role: string | null = speech ? att.role : null;
    let personIndex: number | null = null;
    if (res && 'person' in res) {
      const p = people.list[res.person];
      speaker = p.name;
      personIndex = res.person;
      if (role) addRole(p, role);
      role ??= p.roles[0] ?? null;
    } else if (res && 'description' in res) {
      speaker = bodyName(res.description, text, ctx.runs, bodies);
    }
    if (role && speaker && foldKey(role) === foldKey(speaker)) role = null;
    const start = span.parts[0].start;
    const pos = lines.positionAt(start);
    const pre = s ? text.slice(Math.max(s.start, span.outer.start - 400), span.outer.start) : '';
    out.push({
      id: `${path}#${qi}`,
      text: qtext,
      kind: speech ? 'speech' : 'term',
      speaker: speech ? speaker : null,
      personIndex: speech ? personIndex : null,
      role: speech && speaker ? role : null,
      cue: speech && speaker ? att.cue : null,
      partial: isPartial(qtext, speech, pre),
      via: speech ? att.via : null,
      rule: speech && speaker ? rule : null,
      locator: null,
      speakerSpan: speech && att.ref && att.how !== 'continuation' ? refSpan(att.ref) : null,
      parts: span.parts,
      outer: span.outer,
      line: pos.line,
      character: pos.character,
    });
  }
  return out;
}

/** The chosen candidate's attribution and speaker, resolved for good (a new name joins the people). */
function commit(pick: SpeakerCandidate, chosen: Attribution, si: number, out: Quote[], sc: SpeakerContext, ctx: AttributionContext): { att: Attribution; res: Resolved; rule: string | null } {
  const { people, log } = sc;
  if (pick.entity === null) return { att: NO_ATTRIBUTION, res: null, rule: null };
  const pr = bestProposal(pick);
  if (pr?.source === 'continuation') return { att: { ...pr.att, via: out[pr.continues!].via }, res: sc.speakers[pr.continues!] ?? null, rule: 'continuation' };
  if (pr?.source === 'passage') return { att: pr.att, res: pr.resolved as Resolved, rule: 'passage-subject' };
  // A pronoun or a description was resolved when proposed, and nothing has changed since; a name may join the people now.
  if (pr) return { att: pr.att, res: pr.att.ref?.type === 'name' ? resolve(pr.att.ref, pr.refSentence, people, log, ctx) : (pr.resolved as Resolved), rule: pr.source === 'previous' ? 'previous-sentence' : pr.att.rule };
  // Nobody's rule stands for it: the model read a pronoun or description the rules named, or a name near the quote.
  const reread = chosen.ref && (chosen.ref.type === 'pronoun' || chosen.ref.type === 'description');
  const att = reread ? chosen : { ...NO_ATTRIBUTION, ref: mentionRef(pick) };
  const rule = reread ? chosen.rule : 'mention';
  if (pick.person !== null) return { att, res: { person: pick.person }, rule };
  if (pick.resolved && 'name' in pick.resolved) return { att, res: resolve(mentionRef(pick), si, people, log, ctx), rule };
  return { att, res: pick.resolved as Resolved, rule };
}

const NO_ATTRIBUTION: Attribution = { ref: null, cue: null, role: null, via: null, how: 'none', naming: false, strong: false, rule: null };

/** Where the words naming the speaker are: a name, a pronoun, a description. */
function refSpan(ref: SpeakerRef): Span {
  if (ref.type === 'name') return { start: ref.start, end: ref.end };
  return { start: ref.start, end: ref.type === 'description' && ref.end !== undefined ? ref.end : ref.start + ref.text.length };
}

/** The exact text between the marks; a continued quote's parts joined by one space. */
export function quoteText(text: string, span: QuoteSpan): string {
  return span.parts.map((p) => text.slice(p.start, p.end).replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ')).join(' ');
}

function onlyPunctuation(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s);
}

function lastQuoteIn(ctx: AttributionContext, si: number, before: number, speech?: boolean[]): number {
  for (let k = before - 1; k >= 0; k--) {
    // A term in between ("…wore the slogan "Back the Bid" on her shorts") does not end the speech.
    if (ctx.quoteSentence[k] === si && (!speech || speech[k])) return k;
    if (ctx.quoteSentence[k] < si) break;
  }
  return -1;
}

function lastQuoteWithin(ctx: AttributionContext, si: number, before: number, n: number): number {
  for (let k = before - 1; k >= 0; k--) {
    if (ctx.quoteSentence[k] >= si - n + 1 && ctx.quoteSentence[k] <= si) return k;
    if (ctx.quoteSentence[k] < si - n + 1) break;
  }
  return -1;
}
