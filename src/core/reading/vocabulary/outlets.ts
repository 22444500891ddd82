/** Words that mark a name as an outlet or a named body ("the newspaper Nhan Dan", "Rolling Stone magazine"). */

/** A name right after one of these is a body, not a person: "the newspaper Nhan Dan", "the band Keane". */
export const ORG_CONTEXT = new Set(['newspaper', 'daily', 'paper', 'magazine', 'agency', 'broadcaster', 'channel', 'website', 'firm', 'company', 'group', 'band', 'club', 'team', 'network', 'station', 'outlet', 'tabloid', 'journal', 'publication', 'site', 'app', 'brand', 'bank', 'airline', 'carrier', 'label', 'studio', 'programme', 'show', 'film', 'album', 'song', 'game', 'console', 'maker', 'retailer', 'chain', 'giant', 'rival', 'operator', 'service']);

/** A name right before one of these is an outlet: "Rolling Stone magazine", "the Sun newspaper". */
export const OUTLET_AFTER = new Set(['magazine', 'newspaper', 'paper', 'daily', 'tabloid', 'weekly', 'journal', 'website', 'broadcaster', 'channel', 'network', 'agency', 'station']);

/** What is no part of an outlet's name when it is credited: "told the Interfax news agency" → "Interfax". */
export const OUTLET_SUFFIXES = ['news agency', 'newspaper', 'agency', 'website', 'news website'];
