// The linter as a user sees it in real VS Code: open the hand-written draft from examples/, the
// Problems panel lists its ML Design findings (rule id, source), the Design Checklist view shows
// the 7 sections with ✓/✗ items, the status bar shows "ML Design <present>/<total>" and opens the
// checklist, and the inline action on a missing item inserts its stub. Screenshots go to
// test-results/e2e/.
import assert from 'node:assert/strict';
import path from 'node:path';
import { activeEditorLines, openFile, openProblems, runCommand, screenshot, startApp, waitUntil } from './helpers.mjs';

const DRAFT = 'fraud-detection-draft.md';
/** Error-severity items the draft plainly lacks (no latency number, "TODO: drift, retraining"). */
const EXPECTED_RULES = ['requirements.latency-p99', 'monitoring.retraining-plan'];

function checklistPane(page) {
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Design Checklist/i }) });
}

describe('Linter (UI)', function () {
  let app;

  before(async function () {
    app = await startApp({ name: 'linter' });
  });

  after(async function () {
    await app?.close();
  });

  it('shows the draft\'s findings in the Problems panel', async function () {
    const { page } = app;
    await openFile(page, DRAFT);
    const rows = await openProblems(page);
    // The file row plus one row per finding; wait for ours to arrive.
    for (const rule of EXPECTED_RULES) {
      await rows.filter({ hasText: rule }).first().waitFor({ state: 'visible', timeout: 30_000 })
        .catch(async (err) => {
          const texts = await rows.allInnerTexts();
          assert.fail(`no Problems row for ${rule} (${err.message}); rows:\n${texts.join('\n')}`);
        });
    }
    const texts = await rows.allInnerTexts();
    assert.ok(texts.some((t) => t.includes(DRAFT)), 'a file row for the draft');
    const ours = texts.filter((t) => /ML Design/.test(t));
    assert.ok(ours.length >= EXPECTED_RULES.length, `ML Design rows: ${ours.length}`);
    const shot = await screenshot(page, 'linter-problems');
    console.log(`      screenshot: ${path.relative(process.cwd(), shot)}`);
  });

  it('shows ML Design <present>/<total> in the status bar, which opens the Design Checklist', async function () {
    const { page } = app;
    const item = page.locator('.statusbar-item', { hasText: /ML Design \d+\/\d+/ }).first();
    await item.waitFor({ state: 'visible', timeout: 20_000 });
    const [, present, total] = /ML Design (\d+)\/(\d+)/.exec(await item.innerText());
    assert.ok(Number(total) >= 30 && Number(present) < Number(total), `status ${present}/${total}`);
    await item.locator('a, .statusbar-item-label').first().click();
    await checklistPane(page).waitFor({ state: 'visible', timeout: 20_000 });
  });

  it('the Design Checklist lists the 7 sections with ✓/✗ items', async function () {
    const { page } = app;
    await runCommand(page, 'ML Design: Show Design Checklist');
    const pane = checklistPane(page);
    await pane.waitFor({ state: 'visible', timeout: 20_000 });
    const rows = pane.locator('.monaco-list-row');
    await rows.filter({ hasText: '1. Clarify requirements' }).first().waitFor({ state: 'visible', timeout: 20_000 });
    const section = await rows.filter({ hasText: '1. Clarify requirements' }).first().innerText();
    assert.match(section, /\d+\/\d+/, 'a section row shows present/total');
    // Items: at least one present (✓, pass icon) and one missing (✗, error icon).
    await waitUntil(async () => (await pane.locator('.monaco-list-row .codicon-pass').count()) > 0, 15_000, 'a ✓ item');
    await waitUntil(async () => (await pane.locator('.monaco-list-row .codicon-error').count()) > 0, 15_000, 'a ✗ item');
    const texts = await rows.allInnerTexts();
    assert.ok(texts.some((t) => t.includes('✓')), `a ✓ row in\n${texts.join('\n')}`);
    assert.ok(texts.some((t) => t.includes('✗')), 'a ✗ row');
    const shot = await screenshot(page, 'linter-checklist');
    console.log(`      screenshot: ${path.relative(process.cwd(), shot)}`);
  });

  it('the inline action on a missing item adds it to the document', async function () {
    const { page } = app;
    const before = await activeEditorLines(page);
    const pane = checklistPane(page);
    const missing = pane.locator('.monaco-list-row', { has: page.locator('.codicon-error') }).filter({ hasText: '✗' }).first();
    await missing.hover();
    const action = missing.locator('.action-label.codicon-lightbulb-autofix');
    await action.waitFor({ state: 'visible', timeout: 10_000 });
    await action.click();
    // The draft's editor gets the item's stub (insert-only: every old line is still there).
    let after = before;
    await waitUntil(async () => (after = await activeEditorLines(page)).length > before.length, 15_000, 'the inserted stub');
    let i = 0;
    for (const line of after) if (i < before.length && line === before[i]) i++;
    assert.equal(i, before.length, 'the fix only inserts lines');
    const shot = await screenshot(page, 'linter-after-inline-fix');
    console.log(`      screenshot: ${path.relative(process.cwd(), shot)}`);
  });
});
