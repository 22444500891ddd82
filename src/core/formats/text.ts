/**
 * Format: plain text and Markdown articles (`.txt`, `.md`). The bytes decoded (UTF-8, or
 * Windows-1252 when they are not UTF-8); front matter, when present, states the metadata.
 */
import { decodeBytes } from '../reading/text';
import type { SourceDocument } from '../types';
import { frontMatterMeta, readFrontMatter } from './front-matter';
import { asStatement } from './statement';
import type { FormatReader } from './types';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;

/** Decoded text with what its front matter states. */
export function textDocument(bytes: Uint8Array): SourceDocument {
  const d = decodeBytes(bytes);
  const warnings = d.encoding === 'utf-8' ? [] : ['not valid UTF-8; read as Windows-1252 (Latin-1)'];
  const meta = frontMatterMeta(readFrontMatter(d.text));
  return { format: 'text', text: d.text, ...meta, warnings };
}

export const textReader: FormatReader = {
  id: 'text',
  extensions: TEXT_EXTENSIONS,
  read(bytes) {
    const doc = textDocument(bytes);
    return asStatement(doc) ?? doc;
  },
};
