/** Nouns for what people and bodies are: roles, occupations, relatives, groups, spokespeople. */
import { TITLE_WORDS } from './titles';
import { words } from './words';

/** Nouns that name what a person does: the end of a role written before a name ("finance minister Trevor Manuel"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  ...('editor critic rapper singer novelist comedian presenter organiser organizer producer writer columnist correspondent ' +
    'reporter journalist broadcaster photographer worker employee strategist consultant campaigner activist owner officer ' +
    'player musician guitarist frontman drummer member candidate academic historian poet chef trainer jockey rider driver ' +
    'boxer golfer athlete sprinter runner swimmer batsman bowler forward winger defender international veteran legend ' +
    'chairman boss founder head chief director manager analyst economist scientist lawyer judge peer spokesman ' +
    'spokeswoman spokesperson presenter host actor actress star dj rocker band-mate bandmate colleague striker skipper').split(' '),
]);

/** Head nouns of a description of one person ("the presenter", "a spokesman for Ofcom"), whom "he" or "she" can stand for. */
export const PERSON_NOUNS = new Set(('presenter host director chief secretary minister star singer actor actress player manager coach striker ' +
  'midfielder defender goalkeeper keeper captain skipper international champion boss chairman chairwoman leader president ' +
  'chancellor mayor author writer novelist musician rapper comedian winner veteran legend man woman founder executive ' +
  'economist analyst judge lawyer frontman guitarist drummer batsman bowler jockey trainer rider driver boxer fighter golfer ' +
  'sprinter athlete runner swimmer premier senator governor mp peer chief-executive head governor commissioner ' +
  'prosecutor defendant witness actor-director film-maker filmmaker producer designer architect businessman businesswoman ' +
  'entrepreneur tycoon billionaire investor banker campaigner activist politician diplomat ambassador envoy general ' +
  'forward winger pair duo star teenager youngster briton scot welshman frenchman american australian german italian ' +
  'spaniard irishman englishman dutchman swede russian chinese japanese nigerian kenyan brazilian argentine serb croat ' +
  'director-general secretary-general ceo cfo owner chef partner colleague father mother son daughter wife husband ' +
  'editor reporter journalist columnist broadcaster official officer candidate spokesman spokeswoman spokesperson aide adviser ' +
  'source insider expert professor doctor scientist researcher teacher student bishop archbishop priest vicar ' +
  'holder medallist finalist semi-finalist runner-up contender challenger debutant newcomer rookie').split(' '));

/** Head nouns of a description of a body ("the company", "the ministry"). */
export const ORG_NOUNS = new Set('institute institution foundation university college school hospital trust society company firm group bank business corporation giant retailer chain maker manufacturer carrier airline operator agency body organisation organization charity union club team party government ministry department authority regulator watchdog exchange board council committee commission association network broadcaster channel station newspaper paper publisher studio label website site service'.split(' '));

/** People described by what they are, as a group: "bank officials", "industry sources". */
export const GROUP_NOUNS = new Set(['officials', 'sources', 'experts', 'analysts', 'executives', 'critics', 'campaigners', 'residents', 'police', 'officers', 'workers', 'staff', 'fans', 'observers', 'economists', 'investors', 'traders', 'spokesman', 'spokeswoman', 'spokesperson', 'insiders', 'doctors', 'scientists', 'researchers', 'lawyers', 'ministers', 'mps', 'diplomats', 'organisers', 'organizers', 'bosses', 'managers', 'leaders', 'unions', 'protesters', 'activists', 'witnesses']);

/** Nouns for people who speak for others; "the spokesperson" resolves to the last one of these. */
export const SPOKES_NOUNS = words(`spokesperson spokesman spokeswoman spokespeople representative official officials source sources aide aides`);

/** What may open a described speaker, as patterns of one word: "a spokesman", "senior officials", "the company". */
export const DESCRIPTION_OPENERS = ['a', 'an', 'the', 'one', 'two', 'three', 'several', 'some', 'many', 'most', 'other', 'another', 'its', 'his', 'her', 'their', 'our', 'both', 'each', 'all', 'state', 'senior', 'local', 'government', 'officials?', 'analysts?', 'experts?', 'critics?', 'sources?', 'observers?', 'residents?', 'witnesses?', 'police', 'campaigners?', 'ministers?', 'economists?', 'fans?', 'spokes\\w+', 'researchers?', 'scientists?', 'doctors?', 'teachers?', 'unions?', 'bosses', 'executives?', 'insiders?', 'diplomats?', 'aides?', 'lawyers?', 'judges?', 'chief', 'former', 'club', 'party', 'team', 'company', 'firm', 'group', 'shadow', 'fellow', 'leading', 'veteran', 'top'];

/** Relatives named by family name: "Thorne Nogar's son Stephen". */
export const RELATIVES = ['son', 'daughter', 'brother', 'sister', 'father', 'mother', 'wife', 'husband', 'widow', 'widower', 'nephew', 'niece', 'grandson', 'granddaughter', 'cousin'];

/** Participles that describe a person rather than act as a verb: "retired judge", "the London-based firm". */
export const ROLE_ADJECTIVES: ReadonlySet<string> = new Set(['retired', 'disgraced', 'acclaimed', 'celebrated', 'talented', 'respected', 'renowned', 'beleaguered', 'embattled', 'troubled', 'qualified', 'appointed', 'elected', 'unnamed', 'unidentified', 'detained', 'jailed', 'accused', 'suspected', 'alleged', 'convicted', 'injured', 'married', 'skilled', 'experienced', 'decorated', 'crowned', 'seeded', 'ranked', 'sacked', 'ousted', 'deposed', 'exiled', 'veiled', 'red', 'bed', 'united', 'animated', 'designated', 'feted', 'fabled', 'gifted', 'jaded', 'noted', 'limited', 'licensed', 'registered', 'chartered', 'certified', 'outgoing', 'revered', 'reformed', 'trained', 'based', 'owned', 'backed', 'led', 'listed', 'funded', 'born', 'bred']);
