/**
 * Extension entry point: wires the feature modules. Each module registers its own commands,
 * providers and listeners; all logic that does not need the editor lives in src/core.
 */
import type * as vscode from 'vscode';
import { registerScaffoldCommands } from './scaffoldCommands';
import { registerPreview } from './preview';
import { registerLinter } from './linter';

export function activate(context: vscode.ExtensionContext): void {
  registerScaffoldCommands(context);
  registerPreview(context);
  registerLinter(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
