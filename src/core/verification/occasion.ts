/**
 * Where a transcript's words were spoken, for the attribution a writer puts after them: a
 * briefing, a news conference, an interview ("…," Jane Roe said at a White House briefing). Read
 * from the transcript's title and publisher; empty when they do not say.
 */

/** Events a transcript's title names, and how a sentence names them. */
const EVENTS: [RegExp, string, boolean][] = [
  // [title words, the event in a sentence, whether "a <publisher> …" reads naturally]
  [/\bpress briefing\b|\bbriefing\b/i, 'at a {}briefing', true],
  [/\bgaggle\b/i, 'at a {}press gaggle', true],
  [/\bbackground (?:press )?call\b/i, 'on a {}background call', true],
  [/\bpress call\b|\bconference call\b/i, 'on a {}press call', true],
  [/\b(?:joint )?(?:press|news) conference\b/i, 'at a {}news conference', true],
  [/\binterview\b|\bQ\s?&\s?A\b/i, 'in an interview', false],
  [/\bhearing\b/i, 'at a hearing', false],
  [/\bdebate\b/i, 'at a debate', false],
  [/\btown hall\b/i, 'at a town hall', false],
  [/\bpodcast\b/i, 'on a podcast', false],
  [/\bstatement\b/i, 'in a statement', false],
  [/\bremarks\b|\bspeech\b|\baddress\b/i, 'in remarks', false],
];

/** Publishers that are institutions: "a White House briefing", not "a Reuters briefing". */
const INSTITUTION = /\b(?:White House|Department|Ministry|Pentagon|State Department|Downing Street|Kremlin|Élysée|Elysee|Congress|Senate|Parliament|Court|Commission|United Nations|Council|Office)\b/;

/** The event the transcript records, as the end of an attribution ("at a White House briefing"); "" when its title names none. */
export function occasionOf(title: string | null, publisher: string | null): string {
  if (!title) return '';
  for (const [re, phrase, prefixed] of EVENTS) {
    if (!re.test(title)) continue;
    const who = prefixed && publisher && INSTITUTION.test(publisher) ? `${publisher.replace(/^the\s+/i, '')} ` : '';
    return phrase.replace('{}', who);
  }
  return '';
}
