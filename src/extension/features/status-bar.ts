/** "Citedesk: 5 sources · 26 quotes" in the status bar, and the archive's state; a click opens the search. */
import * as vscode from 'vscode';
import type { ArchiveService } from '../archive';
import { Commands, Strings } from '../constants';
import type { SourceIndex } from '../sources';

export function registerStatusBar(sources: SourceIndex, archive: ArchiveService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('citedesk.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Citedesk';
  item.command = Commands.searchCitations;
  const update = () => {
    const n = sources.corpus.size;
    const q = sources.corpus.quoteCount;
    const local = sources.loading && !n ? '$(sync~spin) Citedesk: indexing…' : `$(quote) Citedesk: ${n} source${n === 1 ? '' : 's'} · ${q} quote${q === 1 ? '' : 's'}`;
    const s = archive.state;
    let tooltip: string = Strings.statusTooltip;
    let more = '';
    item.backgroundColor = undefined;
    switch (s.kind) {
      case 'idle':
      case 'connecting':
        more = ' · archive…';
        tooltip += '\nArchive: connects when first used.';
        break;
      case 'connected':
        more = ' · archive';
        tooltip += `\nArchive: ${s.articles} articles in ${s.where}.`;
        break;
      case 'unreachable':
        more = ' · $(warning) archive unreachable';
        tooltip += `\nArchive unreachable: ${s.message}\nLocal sources are still used.`;
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
    }
    item.text = local + more;
    item.tooltip = tooltip;
    item.show();
  };
  update();
  return vscode.Disposable.from(item, sources.onDidChange(update), archive.onDidChange(update));
}
