/**
 * Attribution verbs: every inflection listed, so that matching a word is a set look-up, and the
 * verbs each pattern reads, built from these lists.
 */
import { words } from './words';

/**
 * Attribution verbs, every inflection listed so matching stays a set lookup.
 * Maps each form to the form the cue is reported in (as written).
 */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding states stated write writes wrote written writing
  explain explains explained note notes noted argue argues argued warn warns warned insist insists insisted
  claim claims claimed declare declares declared announce announces announced ask asks asked reply replies replied
  respond responds responded continue continues continued comment comments commented remark remarks remarked
  observe observes observed suggest suggests suggested admit admits admitted acknowledge acknowledges acknowledged
  concede concedes conceded confirm confirms confirmed stress stresses stressed emphasise emphasised emphasises
  emphasize emphasized emphasizes urge urges urged predict predicts predicted describe describes described
  praise praises praised applaud applauds applauded agree agrees agreed report reports reported tweet tweets tweeted
  posted recall recalls recalled complain complains complained jokes joked maintain maintains maintained
  conclude concludes concluded accuse accuses accused criticise criticises criticised criticize criticizes criticized
  dismiss dismisses dismissed brands branded vow vows vowed pledge pledges pledged promise promises promised
  threaten threatens threatened boast boasts boasted deny denies denied reveal reveals revealed disclose discloses
  disclosed caution cautions cautioned plead pleads pleaded demand demands demanded welcomes welcomed
  hail hails hailed condemn condemns condemned attack attacks attacked blast blasts blasted slam slams slammed
  lament laments lamented expresses expressed questions questioned wonder wonders wondered
  shout shouts shouted cries cried exclaim exclaims exclaimed whisper whispers whispered assert asserts asserted
  contend contends contended counters countered retort retorts retorted quip quips quipped
  announce announced testify testifies testified acknowledge insisted reiterate reiterates reiterated
  propose proposes proposed recommend recommends recommended advise advises advised assure assures assured
  mention mentions mentioned points pointed call calls called describe labelled labeled implore implores implored
  spoke speaking talked talking mocked mocks citing cited thinks thought believes believed feels felt hopes hoped
  fears feared accepts accepted
`);

/** Verbs that make a one- or two-word quote someone's words rather than a term ("dismissed it as "desperate""). */
export const STRONG_SPEECH_VERBS = words(`
  say says said tell tells told add adds added state states stated write writes wrote warn warns warned insist insisted
  claim claims claimed argue argued dismiss dismisses dismissed brand branded describe describes described criticise
  criticised criticized accuse accused admit admitted condemn condemned hail hailed urge urged deny denied vow vowed
  predict predicted complain complained insist reply replied retort retorted quip quipped declare declared
  call calls called
`);

/** Verbs and phrases that introduce a name for something rather than someone's words. */
export const NAMING_CUES = [
  'so-called', 'so called', 'dubbed', 'nicknamed', 'known as', 'termed', 'titled', 'entitled', 'named', 'called', 'calls', 'call',
  'the word', 'the words', 'the term', 'the phrase', 'the slogan', 'the motto', 'the title', 'the label', 'the tag', 'billed as',
  'labelled', 'labeled', 'marketed as', 'referred to as', 'described as a',
];

/** Finite cue forms: the verb after or before its subject ("said X", "X said"). */
export const FINITE_CUES = new Set([...SPEECH_VERBS].filter((v) => !/ing$/.test(v) && !['say', 'tell', 'add', 'state', 'write', 'call', 'point', 'post', 'report', 'question', 'counter', 'brand', 'attack', 'welcome', 'hail', 'blast', 'slam', 'express', 'wonder', 'cry', 'shout', 'claim', 'promise', 'pledge', 'note', 'praise', 'comment', 'remark', 'quote'].includes(v)));
/** Present-tense bare forms that still work after a plural subject ("officials say"). */
for (const v of ['say', 'tell', 'add', 'write', 'warn', 'argue', 'claim', 'insist', 'believe', 'note', 'report']) FINITE_CUES.add(v);

/** Verbs that only attribute when they follow their subject: "X praised Vietnam for 'a way'". */
export const PRE_ONLY = new Set(['praised', 'applauded', 'agreed', 'expressed', 'welcomed', 'hailed', 'condemned', 'attacked', 'criticised', 'criticized', 'dismissed', 'branded', 'described', 'accused', 'urged', 'called', 'calls', 'pledged', 'promised', 'vowed', 'questioned', 'blasted', 'slammed', 'lamented', 'complained', 'predicted', 'threatened', 'denied', 'proposed', 'recommended']);

/** Cue forms that are as often nouns ("a call", "the report", "their claims"). */
export const NOUN_LIKE = new Set(['call', 'calls', 'report', 'reports', 'post', 'posts', 'comment', 'comments', 'question', 'questions', 'counter', 'attack', 'attacks', 'promise', 'promises', 'claim', 'claims', 'note', 'notes', 'remark', 'remarks', 'demand', 'demands', 'pledge', 'pledges', 'vow', 'vows', 'tweet', 'tweets', 'cry', 'cries', 'shout', 'shouts', 'welcome', 'brand', 'stress', 'quote', 'quip', 'joke', 'jokes', 'point', 'points', 'state', 'states', 'wonder', 'plead', 'slam', 'blast', 'hail', 'praise', 'caution', 'whisper', 'lament', 'retort', 'reply', 'replies', 'answer']);

/** The verb before the speaker in an attribution closing a sentence: "…, said Chris Stening, …". */
export const CLOSING_INVERTED_CUES = ['say', 'says', 'said', 'added', 'adds', 'according to'];

/** The verb after the speaker in an attribution closing a sentence: "…, he said.", "…, the minister added." */
export const CLOSING_CUES = ['said', 'says', 'say', 'added', 'adds', 'told', 'explained', 'insisted', 'argued', 'warned', 'noted', 'wrote', 'claimed', 'continued', 'admitted', 'stressed', 'suggested', 'commented', 'declared', 'maintained', 'concluded', 'believes', 'believed', 'thinks', 'thought'];

/** What a statement, letter or report does: "A statement from X read:", "X's statement added:". */
export const STATEMENT_CUES = ['read', 'said', 'says', 'added', 'stated'];

/** A participle that hangs a quote on a clause: "…, with a spokesperson saying:". */
export const PARTICIPLE_CUES = ['saying', 'adding'];

/** The verb after a name that makes the name the sentence's speaker: "Lindsay said …", "X, role, told …". */
export const SENTENCE_CUES = ['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'wrote', 'writes', 'warned', 'argued', 'insisted', 'claimed', 'explained', 'declared', 'noted', 'admitted', 'conceded', 'denied', 'believes', 'believed', 'thinks', 'revealed', 'stressed', 'commented', 'confirmed', 'urged', 'described', 'called', 'accused', 'complained', 'predicted', 'maintained', 'suggested', 'acknowledged', 'agreed', 'announced', 'remarked', 'replied', 'responded'];

/** The verb after an unnamed speaker heading a sentence: "A spokesman for the OUP said …". */
export const INTRODUCING_CUES = ['said', 'says', 'told', 'added', 'warned', 'argued', 'explained', 'insisted', 'stressed'];

/** The verb right before a name that makes the name the speaker: "…, said David Theriault". */
export const INVERTED_CUES = ['said', 'says', 'added', 'adds', 'according to'];

/** The verb that ends an apposition after a name: "Rice, the prime minister said". */
export const APPOSITION_END_CUES = ['said', 'says', 'told', 'added', 'stated', 'wrote', 'warned', 'explained', 'argued', 'noted'];

/** Phrases that credit an outlet: "told Reuters", "in an interview with the BBC". */
export const VIA_CUES = ['told', 'telling', 'speaking to', 'in an interview with', 'interviewed by', 'writing in', 'wrote in', 'according to'];
