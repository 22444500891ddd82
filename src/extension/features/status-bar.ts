/** "Citedesk: 5 sources · 26 quotes" in the status bar; a click opens the search. */
import * as vscode from 'vscode';
import { Commands, Strings } from '../constants';
import type { SourceIndex } from '../sources';

export function registerStatusBar(sources: SourceIndex): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('citedesk.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Citedesk';
  item.command = Commands.searchCitations;
  item.tooltip = Strings.statusTooltip;
  const update = () => {
    const n = sources.corpus.size;
    const q = sources.corpus.quoteCount;
    item.text = sources.loading && !n ? '$(sync~spin) Citedesk: indexing…' : `$(quote) Citedesk: ${n} source${n === 1 ? '' : 's'} · ${q} quote${q === 1 ? '' : 's'}`;
    item.show();
  };
  update();
  return vscode.Disposable.from(item, sources.onDidChange(update));
}
