/** The one adapter between the core's plain types and vscode's. */
import * as vscode from 'vscode';
import type { Article, Position } from '../core/types';

export function toPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

/** A range of text offsets in an article, as a vscode.Range. */
export function articleRange(a: Article, start: number, end: number): vscode.Range {
  return new vscode.Range(toPosition(a.positionAt(start)), toPosition(a.positionAt(end)));
}

/** A range of offsets in an open document. */
export function docRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}
