/**
 * HTML character references in text a library did not decode (JSON-LD, caption payloads):
 * numeric ones and the named ones that occur in news pages and captions.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', sbquo: '\u201a', bdquo: '\u201e',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', oacute: '\u00f3',
  iacute: '\u00ed', uacute: '\u00fa', ntilde: '\u00f1', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', szlig: '\u00df',
  euro: '\u20ac', pound: '\u00a3', deg: '\u00b0', middot: '\u00b7', bull: '\u2022', shy: '\u00ad', lrm: '', rlm: '', zwj: '', zwnj: '', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/** Decodes `&amp;`, `&#8220;`, `&#x2019;` and the common named references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    }
    const v = NAMED[name!] ?? NAMED[name!.toLowerCase()];
    return v ?? m;
  });
}
