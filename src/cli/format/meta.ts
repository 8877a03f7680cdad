/**
 * Facts about the installed package the CLI reports: name, version, and where the rule docs are
 * (the repository's docs/rules.md on GitHub when package.json names a repository, else the file
 * shipped with the package).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES_DOC_PATH, repositoryFileUrl } from '../../core/config';

interface PackageJson {
  name?: string;
  version?: string;
  homepage?: string;
  repository?: unknown;
}

export interface PackageMeta {
  readonly root: string | undefined;
  readonly version: string;
  /** Base address of docs/rules.md (no fragment). */
  readonly rulesDocUrl: string;
  /** Tool home page (SARIF informationUri). */
  readonly informationUri: string;
}

let cached: PackageMeta | undefined;

/** Finds the package root from dist/cli.js (bundle) or out/src/cli/format/*.js (tests). */
function findPackageRoot(start: string): { root: string; pkg: PackageJson } | undefined {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const f = join(dir, 'package.json');
    if (existsSync(f)) {
      try {
        const pkg = JSON.parse(readFileSync(f, 'utf8')) as PackageJson;
        if (pkg.name === 'ml-design-docs') return { root: dir, pkg };
      } catch {
        // keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

export function packageMeta(): PackageMeta {
  if (cached) return cached;
  const found = findPackageRoot(__dirname);
  const pkg = found?.pkg ?? {};
  const localDoc = found ? pathToFileURL(join(found.root, RULES_DOC_PATH)).href : `file:///${RULES_DOC_PATH}`;
  const rulesDocUrl = repositoryFileUrl(pkg.repository, RULES_DOC_PATH) ?? localDoc;
  const repoHome = repositoryFileUrl(pkg.repository, '')?.replace(/\/blob\/HEAD\/$/, '');
  cached = {
    root: found?.root,
    version: pkg.version ?? 'unknown',
    rulesDocUrl,
    informationUri: pkg.homepage ?? repoHome ?? rulesDocUrl,
  };
  return cached;
}
