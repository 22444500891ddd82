/** Every editor feature, each registering itself and returning what it owns. */
import * as vscode from 'vscode';
import type { ArchiveService } from '../archive';
import type { DraftChecker } from '../drafts';
import { registerArchive } from './archive';
import type { SourceIndex } from '../sources';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { registerLedger } from './ledger';
import { registerOpenSource } from './open-source';
import { registerSearch } from './search';
import { registerStatusBar } from './status-bar';

export interface Services {
  sources: SourceIndex;
  drafts: DraftChecker;
  archive: ArchiveService;
  log: vscode.LogOutputChannel;
}

export const features: ((s: Services) => vscode.Disposable)[] = [
  (s) => registerStatusBar(s.sources, s.archive),
  (s) => registerArchive(s.archive),
  (s) => registerHover(s.sources, s.drafts, s.archive),
  (s) => registerOpenSource(s.sources, s.drafts),
  (s) => registerSearch(s.sources, s.archive),
  (s) => registerDiagnostics(s.sources, s.drafts, s.archive),
  (s) => registerLedger(s.sources, s.drafts),
];
