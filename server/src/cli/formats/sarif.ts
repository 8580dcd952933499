// `check --format sarif`: SARIF 2.1.0, as code scanning services load it. One run whose
// tool lists every rule with its description and documentation page; one result per
// finding, with the safe fixes as replacements. Written file by file like the others.

import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { version } from '../../../../package.json';
import { RULES, type Finding, type Range, type Severity } from '../../core';
import { isSuiteFinding } from '../../core/suite/types';
import type { CheckFormat } from './format';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS: Record<Severity, Sarif.Result.level> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

/** A path as a URI reference: relative ones stay relative (to the folder the check ran in). */
function artifactUri(path: string): string {
  if (/^([a-zA-Z]:)?[\\/]/.test(path)) return pathToFileURL(path).href;
  return path.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}

/** SARIF lines and columns are 1-based; columns count UTF-16 code units, as the run declares. */
function region({ start, end }: Range): Sarif.Region {
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** Another file a suite finding names (a file URI), relative to the folder the check ran in. */
function relatedUri(uri: string): string {
  return artifactUri(relative(process.cwd(), fileURLToPath(uri)));
}

function result(finding: Finding, uri: string, ruleIndex: Map<string, number>): Sarif.Result {
  const artifactLocation: Sarif.ArtifactLocation = { uri };
  const fixes = finding.fixes
    .filter((fix) => fix.safe)
    .map((fix): Sarif.Fix => ({
      description: { text: fix.title },
      artifactChanges: [{
        artifactLocation,
        replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
      }],
    }));
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) && { ruleIndex: ruleIndex.get(finding.ruleId) }),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(finding.range) } }],
    ...(fixes.length > 0 && { fixes }),
    ...(isSuiteFinding(finding) && finding.related.length > 0 && {
      relatedLocations: finding.related.map((place, id): Sarif.Location => ({
        id,
        physicalLocation: { artifactLocation: { uri: relatedUri(place.uri) }, region: region(place.range) },
        message: { text: place.message },
      })),
    }),
  };
}

export const sarif: CheckFormat = ({ encoder, lang }) => {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'nos',
          version,
          rules: RULES.map((rule): Sarif.ReportingDescriptor => ({
            id: rule.id,
            shortDescription: { text: rule.description[lang] },
            helpUri: encoder.ruleDocsUri(rule.id),
            defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
            properties: { tags: [...rule.covers] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: [],
    }],
  };
  // The log around its results, which are written in between as files are checked.
  const [head, tail] = JSON.stringify(log).split('"results":[]');
  let written = 0;
  return {
    safeFixes: true,
    begin: () => `${head}"results":[`,
    file: ({ path, findings }) => {
      const uri = artifactUri(path);
      return findings.map((finding) => `${written++ ? ',' : ''}\n${JSON.stringify(result(finding, uri, ruleIndex))}`).join('');
    },
    end: () => `\n]${tail}\n`,
  };
};
