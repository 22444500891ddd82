/**
 * Errors from a library bundle as the core's `FormatError`: a bundle has its own copy of every
 * class, so a failure is known by its name, not its class.
 */
import { FormatError } from './types';

/** The library's own message when it named a format failure; otherwise `fallback` and the message. */
export function asFormatError(e: unknown, fallback: string): FormatError {
  if (e instanceof FormatError) return e;
  const err = e as { name?: string; message?: string } | null;
  if (err?.name === 'FormatError' && err.message) return new FormatError(err.message);
  return new FormatError(`${fallback} (${err?.message ?? String(e)})`);
}
