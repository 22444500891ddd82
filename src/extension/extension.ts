import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Features are registered by the editor issue; activation stays cheap.
}

export function deactivate(): void {
  // Nothing to release: every disposable is owned by the extension context.
}
