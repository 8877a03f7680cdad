// A new user scaffolds a design doc from a case study through the UI: F1 > "ML Design: New Design
// Document" > pick the ad click prediction case > accept the suggested title > the new doc opens
// with the 7 framework sections.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  activeEditorLines,
  activeEditorPath,
  editorTab,
  h2Headings,
  pickQuickPickItem,
  quickInputBox,
  quickPickRows,
  runCommand,
  screenshot,
  startApp,
  waitForQuickInputClosed,
  waitUntil,
} from './helpers.mjs';

const SECTION_HEADINGS = [
  '1. Clarify requirements',
  '2. Frame the problem as an ML task',
  '3. Data preparation',
  '4. Model development',
  '5. Evaluation',
  '6. Deployment and serving',
  '7. Monitoring',
];

describe('New Design Document (UI)', function () {
  let app;

  before(async function () {
    app = await startApp({ name: 'scaffold' });
  });

  after(async function () {
    await app?.close();
  });

  it('scaffolds the ad click prediction case study from the Command Palette', async function () {
    const { page, workspace } = app;
    const created = path.join(workspace, 'docs', 'design', 'ad-click-prediction.md');

    await runCommand(page, 'ML Design: New Design Document');

    // QuickPick: blank doc first, then the case studies (label = title, description = case id).
    await quickPickRows(page, 'Blank design doc').first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await quickPickRows(page).first().innerText(), /Blank design doc/, 'the first item is the blank doc');
    await pickQuickPickItem(page, 'ad-click-prediction', 'ad-click-prediction');

    // InputBox prefilled with the case's default title: accept it.
    const box = await quickInputBox(page);
    await waitUntil(async () => (await box.inputValue()) === 'Ad click prediction', 10_000, 'the prefilled title');
    await page.keyboard.press('Enter');
    await waitForQuickInputClosed(page);

    // The new file opens in an editor tab.
    await editorTab(page, 'ad-click-prediction.md').waitFor({ state: 'visible', timeout: 15_000 });
    let shown = '';
    await waitUntil(async () => (shown = await activeEditorPath(page)) === 'docs/design/ad-click-prediction.md', 15_000,
      'the active editor to show docs/design/ad-click-prediction.md').catch((err) => assert.fail(`${err.message}; breadcrumbs: "${shown}"`));
    assert.ok(fs.existsSync(created), `${created} should exist`);

    // The editor shows the 7 sections, in order (read through the editor itself).
    const lines = await activeEditorLines(page);
    assert.ok(lines.some((l) => l.startsWith('# Ad click prediction')), 'the H1 is the accepted title');
    assert.deepEqual(h2Headings(lines), SECTION_HEADINGS);
    // ...and that is what is on disk.
    assert.deepEqual(h2Headings(fs.readFileSync(created, 'utf8').split(/\r?\n/)), SECTION_HEADINGS);

    const shot = await screenshot(page, 'scaffold-new-document');
    console.log(`      screenshot: ${path.relative(process.cwd(), shot)}`);
  });
});
