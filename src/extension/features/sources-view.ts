/**
 * The Sources view: every source the settings name, with its type, its speakers and how many quotes
 * each has, and anything that went wrong reading it. A click on a source shows its speakers; its
 * Open Source button opens it at the top, and a speaker opens at their first quote. It follows the
 * index: a source that changes on disk changes here.
 */
import * as vscode from 'vscode';
import { summarizeSource } from '../../core/corpus/summary';
import { extensionOf } from '../../core/formats';
import type { SourceRecord } from '../../core/loading/loader';
import { Commands, Strings, Views } from '../constants';
import type { SourceIndex } from '../sources';

type Node =
  // `source` is the key: the node itself is what Open Source gets from the view's button.
  | { kind: 'source'; source: string; record: SourceRecord }
  | { kind: 'speaker'; key: string; name: string; quotes: number; line: number; character: number }
  | { kind: 'note'; key: string; text: string; problem: boolean };

/** What the view shows, as plain data (the extension's API gives it to tests and other extensions). */
export interface SourcesViewItem {
  label: string;
  description: string;
  tooltip: string;
  icon: string;
  /** What a click runs, if anything. */
  command?: { command: string; arguments: unknown[] };
  children: SourcesViewItem[];
}

export class SourcesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly sources: SourceIndex) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.sources.records().map((record) => ({ kind: 'source', source: record.key, record }));
    if (node.kind !== 'source') return [];
    const { key, problems, article } = node.record;
    const out: Node[] = problems.map((text) => ({ kind: 'note', key, text, problem: true }));
    if (!article) return out;
    const summary = summarizeSource(article, this.sources.corpus);
    for (const s of summary.speakers) out.push({ kind: 'speaker', key, ...s });
    if (summary.unattributed) out.push({ kind: 'note', key, text: Strings.sourcesUnattributed(summary.unattributed), problem: false });
    return out;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
      item.id = `${node.key}\u0000speaker\u0000${node.name}`;
      item.description = Strings.quoteCount(node.quotes);
      item.iconPath = new vscode.ThemeIcon('person');
      item.command = { command: Commands.openSource, title: Strings.openSource, arguments: [{ source: node.key, line: node.line, character: node.character }] };
      return item;
    }
    if (node.kind === 'note') {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
      item.id = `${node.key}\u0000note\u0000${node.text}`;
      item.iconPath = new vscode.ThemeIcon(node.problem ? 'warning' : 'info');
      item.tooltip = node.text;
      return item;
    }
    const { record } = node;
    const a = record.article;
    const summary = a && summarizeSource(a, this.sources.corpus);
    // The file's name: the side bar is narrow, and the path is in the tooltip.
    const item = new vscode.TreeItem(record.label.replace(/^.*[/\\]/, ''), summary?.quotes || record.problems.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = record.key;
    item.contextValue = a ? 'source' : 'unreadSource';
    const type = Strings.sourceType(extensionOf(record.key), record.format);
    item.description = summary ? [type, Strings.quoteCount(summary.quotes), Strings.speakerCount(summary.speakers.length)].join(' · ') : Strings.sourceNotRead;
    item.iconPath = new vscode.ThemeIcon(!a ? 'error' : record.problems.length ? 'warning' : 'file-text');
    const tip = new vscode.MarkdownString();
    // Text from a source is shown as text, never as markup.
    tip.appendText(record.label);
    if (a) tip.appendMarkdown('\n\n').appendText(a.title).appendMarkdown('\n\n').appendText([a.outlet, a.published, type].filter(Boolean).join(' · '));
    for (const p of record.problems) tip.appendMarkdown('\n\n').appendText(`⚠ ${p}`);
    item.tooltip = tip;
    // A source that quotes no one and had no problem has nothing to show: a click opens it.
    if (a && item.collapsibleState === vscode.TreeItemCollapsibleState.None) item.command = { command: Commands.openSource, title: Strings.openSource, arguments: [{ source: record.key, line: 0, character: 0 }] };
    return item;
  }

  /** The view's items as it shows them, all of them expanded. */
  items(node?: Node): SourcesViewItem[] {
    return this.getChildren(node).map((n) => {
      const item = this.getTreeItem(n);
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip ?? '';
      return {
        label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
        description: typeof item.description === 'string' ? item.description : '',
        tooltip,
        icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '',
        ...(item.command ? { command: { command: item.command.command, arguments: item.command.arguments ?? [] } } : {}),
        children: this.items(n),
      };
    });
  }
}

export function registerSourcesView(sources: SourceIndex): vscode.Disposable {
  const tree = new SourcesTree(sources);
  const view = vscode.window.createTreeView(Views.sources, { treeDataProvider: tree, showCollapseAll: true });
  return vscode.Disposable.from(view, tree, sources.onDidChange(() => tree.refresh()));
}
