/**
 * What the integration suites share: the extension's id, activating it, polling for what the
 * workbench does asynchronously, the test workspace's root, and the "fixes only insert" check.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ml-design-docs.ml-design-docs';

/** Activates the extension under test (fails clearly when the host did not load it). */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  await ext.activate();
  return ext;
}

/** Polls `fn` every 100 ms until it returns something other than undefined/false. */
export async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The test workspace (the runner opens a fresh copy of test/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (the runner opens a copy of test/fixtures/workspace)');
  return folder.uri;
}

/** True when the characters of `sub` appear in `text` in order (an edit only inserted). */
export function isSubsequence(sub: string, text: string): boolean {
  let i = 0;
  for (let j = 0; j < text.length && i < sub.length; j++) if (text[j] === sub[i]) i++;
  return i === sub.length;
}
