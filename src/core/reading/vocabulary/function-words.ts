/** Words of the language itself: sentence openers, months and days. */
import { words } from './words';

/** Words that open a sentence but never a name. */
export const STOPWORDS = words(`
  a an the this that these those there here it its it's he she they we i you his her their our your my me him them us
  i've i'm i'd i'll we've we're we'd we'll you're you've they're they've he's she's that's there's
  and but or nor so yet for if when while because although though as since after before until unless whether
  in on at by with from to of about into over under between through during without within against among across
  not no yes also however meanwhile moreover furthermore indeed instead still even just only then thus hence
  what who whom whose which where why how all any both each every few many most much several some such other another
  one two three four five six seven eight nine ten first second third last next new old more less
  is are was were be been being has have had do does did will would shall should can could may might must
  mr mrs ms dr
`);

/** Months: "May" is a month before a date, a name before a surname. */
export const MONTHS = words(`january february march april may june july august september october november december`);
export const DAYS = words(`monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight`);
