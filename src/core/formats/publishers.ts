/**
 * Who published a source, from the address it was saved from, when the source names no outlet:
 * the offices whose transcripts reporters cite by the office's name, and otherwise the site.
 */

/** Host endings of publishers cited by name, most specific first. */
const PUBLISHERS: [RegExp, string][] = [
  [/(?:^|\.)(?:\w+)?whitehouse(?:\.archives)?\.gov$/, 'White House'],
  [/(?:^|\.)state\.gov$/, 'U.S. Department of State'],
  [/(?:^|\.)(?:defense|defence)\.gov$/, 'U.S. Department of Defense'],
  [/(?:^|\.)congress\.gov$/, 'U.S. Congress'],
  [/(?:^|\.)supremecourt\.gov$/, 'U.S. Supreme Court'],
  [/(?:^|\.)gov\.uk$/, 'GOV.UK'],
  [/(?:^|\.)parliament\.uk$/, 'UK Parliament'],
  [/(?:^|\.)un\.org$/, 'United Nations'],
];

/** "https://bidenwhitehouse.archives.gov/briefing-room/…" → "White House"; an unknown site → its host ("example.com"). */
export function publisherOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(url.trim());
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
  for (const [re, name] of PUBLISHERS) if (re.test(host)) return name;
  return /\.[a-z]{2,}$/.test(host) ? host : null;
}
