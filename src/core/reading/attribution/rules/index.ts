/**
 * The attribution rules, in the order they are tried. Each rule is one file with an id and a case
 * file beside it (`<id>.cases.txt`, one example per line with the speaker in brackets), which
 * test/unit/attribution-rules.test.ts runs. The rule that decides is recorded on the quote.
 *
 * To add a rule: write `after/<id>.ts` or `before/<id>.ts` exporting the rule, add it here in its
 * place, and write `<id>.cases.txt` beside it.
 */
import { closingSaid } from './after/closing-said';
import { nameSaid } from './after/name-said';
import { quotedAsSayingAfter } from './after/quoted-as-saying-after';
import { saidName } from './after/said-name';
import { accordingTo } from './before/according-to';
import { accordingToLoose } from './before/according-to-loose';
import { clauseColon } from './before/clause-colon';
import { coordinatedVerb } from './before/coordinated-verb';
import { cueBefore } from './before/cue-before';
import { participleSubject } from './before/participle-subject';
import { quotedAsSaying } from './before/quoted-as-saying';
import { statementRead } from './before/statement-read';
import { subjectBeforeCue } from './before/subject-before-cue';
import { withSpokesperson } from './before/with-spokesperson';
import type { AfterRule, BeforeRule, CueReader } from './rule';

/** The clause after the quote: “…,” said X. / “…,” X said. / “…, even if …,” he said. */
export const AFTER_RULES: readonly AfterRule[] = [quotedAsSayingAfter, saidName, nameSaid, closingSaid];

/** For each attribution verb before the quote, nearest first. */
export const CUE_READERS: readonly CueReader[] = [participleSubject, coordinatedVerb, subjectBeforeCue];

/** The clause before the quote: According to X, “…” / X said: “…” / X put it this way: “…” */
export const BEFORE_RULES: readonly BeforeRule[] = [accordingTo, quotedAsSaying, statementRead, withSpokesperson, cueBefore(CUE_READERS), clauseColon, accordingToLoose];

/**
 * Rules that read beyond the quote's sentence, decided in the article reader (reading/article.ts):
 * the sentence before introduces the quote, the quote continues the one before, or nobody is named
 * and the words are whose the passage is about.
 */
export const CONTEXT_RULES = ['previous-sentence', 'continuation', 'passage-subject', 'words-about-whom'] as const;
