/** What the loader tells the writer about a source, in one place, for the command line and the editor alike. */

export const LoadMessages = {
  tooLarge: (size: number, maxBytes: number) => `larger than ${formatMB(maxBytes)} MB (${(size / 1048576).toFixed(1)} MB); skipped`,
  unreadable: (reason: string) => `could not be read (${reason}); the other sources are still indexed`,
  notAnArticle: (reason: string) => `could not be read as an article: ${reason}`,
  cacheUnwritable: (reason: string) => `could not write the index cache: ${reason}`,
  cacheUnreadable: (reason: string) => `the saved index could not be used (${reason}); it is rebuilt`,
} as const;

function formatMB(bytes: number): string {
  const mb = bytes / 1048576;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
