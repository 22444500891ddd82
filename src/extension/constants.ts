/** Command ids, setting keys and user-facing strings: one place, checked against package.json by a test. */

export const EXTENSION_ID = 'citedesk.citedesk';

export const Commands = {
  searchCitations: 'citedesk.searchCitations',
  insertQuote: 'citedesk.insertQuote',
  openSource: 'citedesk.openSource',
  reindex: 'citedesk.reindex',
  showLog: 'citedesk.showLog',
  checkQuotes: 'citedesk.checkQuotes',
  exportLedger: 'citedesk.exportLedger',
  setArchivePassword: 'citedesk.setArchivePassword',
  clearArchivePassword: 'citedesk.clearArchivePassword',
} as const;

export const Settings = {
  section: 'citedesk',
  includeBundledSources: 'includeBundledSources',
  sources: 'sources',
  citationStyle: 'citationStyle',
  maxSourceSizeMB: 'maxSourceSizeMB',
  archiveUrl: 'archive.url',
} as const;

/** The scheme of archived articles opened in the editor (read-only documents). */
export const ARCHIVE_SCHEME = 'citedesk-archive';

/** Languages Citedesk works in: the writer's drafts. */
export const DRAFT_LANGUAGES = ['markdown', 'plaintext'] as const;

export const Strings = {
  outputChannel: 'Citedesk',
  indexing: 'Citedesk: indexing sources',
  statusTooltip: 'Citedesk source index. Click to search your sources.',
  noEditor: 'Citedesk: open a Markdown or plain-text draft first, then insert the quote.',
  notDraft: 'Citedesk inserts quotes into Markdown or plain-text drafts.',
  readOnly: 'Citedesk could not insert the quote: the editor is read-only. Nothing was changed.',
  editorClosed: 'Citedesk could not insert the quote: the draft was closed. Nothing was changed.',
  editFailed: 'Citedesk could not insert the quote; the draft was left as it was.',
  noQuotes: 'Citedesk: no quotes in the sources yet. Add articles to a sources/ folder or enable the bundled sources.',
  searchPlaceholder: 'Search quotes, passages and people in your sources (typos are fine)',
  insertPlaceholder: 'Type a few words of the quote or the speaker’s name, then Enter to insert it',
  sourceGone: 'Citedesk: that source is no longer in the index.',
  copied: 'Citedesk: citation copied.',
  noArchive: 'Citedesk: no archive is set. Put its address (postgres://user@host/database) in the setting citedesk.archive.url first.',
  passwordTitle: 'Citedesk: Set Archive Password',
  passwordSaved: 'Citedesk: archive password saved in VS Code’s secret storage.',
  passwordCleared: 'Citedesk: archive password removed from VS Code’s secret storage.',
  archiveMark: 'archive',
  /** How a citation names where an archived source is kept. */
  archiveCitation: 'Citedesk archive',
  archiveGone: 'Citedesk: that article is not in the archive (or the archive cannot be reached now).',
} as const;
