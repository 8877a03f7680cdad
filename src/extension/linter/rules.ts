/**
 * Rule metadata for the editor: known ids (for config validation), what to say about a rule in
 * hovers and the checklist, and rule-doc links.
 */
import * as vscode from 'vscode';
import { CASE_IDS, caseStudyById } from '../../core/cases';
import { RULES_DOC_PATH, repositoryFileUrl, type KnownIds } from '../../core/config';
import { RULES, ruleDocAnchor, type RuleInfo } from '../../core/lint';
import { rubricItem } from '../../core/rubric';

let known: KnownIds | undefined;

export function knownIds(): KnownIds {
  known ??= { ruleIds: new Set<string>(RULES.map((r) => r.id)), caseIds: new Set(CASE_IDS) };
  return known;
}

export interface ItemInfo extends RuleInfo {
  /** Why a reviewer cares (rubric items). */
  readonly why?: string;
  /** Case-study title (case items). */
  readonly caseTitle?: string;
}

let byId: Map<string, ItemInfo> | undefined;

/** What the editor knows about a rule id (rubric item, case item, structure/style/config rule). */
export function itemInfo(ruleId: string): ItemInfo | undefined {
  if (!byId) {
    byId = new Map();
    for (const r of RULES) {
      const rubric = rubricItem(r.id);
      byId.set(r.id, {
        ...r,
        ...(rubric && { why: rubric.why }),
        example: r.example ?? rubric?.example,
        ...(r.caseId && { caseTitle: caseStudyById(r.caseId)?.title }),
      });
    }
  }
  return byId.get(ruleId);
}

/** docs/rules.md: the repository's on GitHub when package.json names one, else the installed copy. */
export class RuleDocs {
  private readonly base: vscode.Uri;
  constructor(context: vscode.ExtensionContext) {
    const pkg = context.extension.packageJSON as { repository?: unknown };
    const url = repositoryFileUrl(pkg.repository, RULES_DOC_PATH);
    this.base = url ? vscode.Uri.parse(url) : vscode.Uri.joinPath(context.extensionUri, ...RULES_DOC_PATH.split('/'));
  }
  uri(ruleId: string): vscode.Uri {
    return this.base.with({ fragment: ruleDocAnchor(ruleId) });
  }
}
