/**
 * Structural checks of a SARIF log against the properties SARIF 2.1.0 requires (sarif-schema-2.1.0
 * "required" lists and value constraints) and the ones GitHub code scanning needs to show a
 * result (tool.driver.name, rule ids, a physical location with a region). Returns problems.
 */
const LEVELS = new Set(['none', 'note', 'warning', 'error']);

function isObj(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isPosInt(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 1;
}
function isAbsoluteUri(v: unknown): boolean {
  try {
    return typeof v === 'string' && !!new URL(v).protocol;
  } catch {
    return false;
  }
}
function isUriReference(v: unknown): boolean {
  return typeof v === 'string' && v.length > 0 && !/\s|\\/.test(v);
}
function isMessage(v: unknown): boolean {
  return isObj(v) && (typeof v.text === 'string' || typeof v.id === 'string');
}

export function validateSarif(log: unknown): string[] {
  const p: string[] = [];
  if (!isObj(log)) return ['log is not an object'];
  if (log.version !== '2.1.0') p.push(`version must be "2.1.0", got ${JSON.stringify(log.version)}`);
  if (log.$schema !== undefined && !isAbsoluteUri(log.$schema)) p.push('$schema must be a URI');
  if (!Array.isArray(log.runs)) return [...p, 'runs must be an array'];
  log.runs.forEach((run: any, ri: number) => {
    const at = `runs[${ri}]`;
    if (!isObj(run)) return p.push(`${at} is not an object`);
    const driver = run.tool?.driver;
    if (!isObj(run.tool) || !isObj(driver)) return p.push(`${at}.tool.driver is required`);
    if (typeof driver.name !== 'string' || !driver.name) p.push(`${at}.tool.driver.name is required`);
    if (driver.informationUri !== undefined && !isAbsoluteUri(driver.informationUri)) p.push(`${at}.tool.driver.informationUri must be an absolute URI`);
    const ids = new Set<string>();
    (driver.rules ?? []).forEach((rule: any, i: number) => {
      const rat = `${at}.tool.driver.rules[${i}]`;
      if (typeof rule?.id !== 'string' || !rule.id) p.push(`${rat}.id is required`);
      else if (ids.has(rule.id)) p.push(`${rat}.id ${rule.id} is not unique`);
      else ids.add(rule.id);
      if (rule.shortDescription !== undefined && typeof rule.shortDescription?.text !== 'string') p.push(`${rat}.shortDescription.text is required`);
      if (rule.fullDescription !== undefined && typeof rule.fullDescription?.text !== 'string') p.push(`${rat}.fullDescription.text is required`);
      if (rule.helpUri !== undefined && !isAbsoluteUri(rule.helpUri)) p.push(`${rat}.helpUri must be an absolute URI`);
      const lvl = rule.defaultConfiguration?.level;
      if (lvl !== undefined && !LEVELS.has(lvl)) p.push(`${rat}.defaultConfiguration.level ${lvl} is not a SARIF level`);
    });
    for (const [k, v] of Object.entries(run.originalUriBaseIds ?? {})) {
      if (!isObj(v) || !isAbsoluteUri((v as any).uri) || !String((v as any).uri).endsWith('/')) p.push(`${at}.originalUriBaseIds.${k}.uri must be an absolute URI ending in "/"`);
    }
    const artifacts = run.artifacts ?? [];
    if (!Array.isArray(run.results)) return p.push(`${at}.results must be an array (GitHub needs it)`);
    run.results.forEach((r: any, i: number) => {
      const rat = `${at}.results[${i}]`;
      if (!isMessage(r?.message)) p.push(`${rat}.message with text is required`);
      if (typeof r?.ruleId !== 'string') p.push(`${rat}.ruleId is required (GitHub)`);
      if (r.ruleIndex !== undefined && driver.rules?.[r.ruleIndex]?.id !== r.ruleId) p.push(`${rat}.ruleIndex does not point at rule ${r.ruleId}`);
      if (r.level !== undefined && !LEVELS.has(r.level)) p.push(`${rat}.level ${r.level} is not a SARIF level`);
      if (!Array.isArray(r.locations) || r.locations.length === 0) return p.push(`${rat}.locations: GitHub needs at least one`);
      r.locations.forEach((loc: any, li: number) => {
        const lat = `${rat}.locations[${li}].physicalLocation`;
        const pl = loc?.physicalLocation;
        if (!isObj(pl)) return p.push(`${lat} is required`);
        const al = pl.artifactLocation;
        if (!isObj(al) || !isUriReference(al.uri)) p.push(`${lat}.artifactLocation.uri is required`);
        else if (al.uriBaseId !== undefined && !(al.uriBaseId in (run.originalUriBaseIds ?? {}))) p.push(`${lat}.artifactLocation.uriBaseId ${al.uriBaseId} is not defined`);
        if (al?.index !== undefined && artifacts[al.index]?.location?.uri !== al.uri) p.push(`${lat}.artifactLocation.index does not match artifacts`);
        const rg = pl.region;
        if (!isObj(rg)) return p.push(`${lat}.region is required (GitHub)`);
        if (!isPosInt(rg.startLine)) p.push(`${lat}.region.startLine must be an integer >= 1`);
        for (const k of ['startColumn', 'endLine', 'endColumn']) if (rg[k] !== undefined && !isPosInt(rg[k])) p.push(`${lat}.region.${k} must be an integer >= 1`);
        if (isPosInt(rg.endLine) && rg.endLine < rg.startLine) p.push(`${lat}.region ends before it starts`);
        if ((rg.endLine ?? rg.startLine) === rg.startLine && rg.endColumn !== undefined && rg.startColumn !== undefined && rg.endColumn < rg.startColumn) p.push(`${lat}.region endColumn before startColumn`);
      });
    });
  });
  return p;
}

/** The parts of a SARIF log the tests read (after validateSarif passed). */
export interface SarifRun {
  tool: {
    driver: {
      name: string;
      rules: Array<{ id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }>;
    };
  };
  results: Array<{
    ruleId: string;
    ruleIndex?: number;
    level: string;
    message: { text: string };
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
  }>;
  originalUriBaseIds: Record<string, { uri: string }>;
}

export function firstRun(log: unknown): SarifRun {
  return (log as { runs: SarifRun[] }).runs[0];
}
