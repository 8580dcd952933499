// A URN under "Links to other NOS" that no file of the suite has. Links to other
// developers' and other suites' standards are normal and cannot be checked here, so only
// a URN with the prefix of one of the suite's own URNs (developer and suite letters,
// "SKAEAF" of "SKAEAF2") is reported: it names a standard the suite should hold.

import { say, type Message } from '../messages/message';
import { Severity } from '../types';
import { suiteFacts, urnPrefix } from './facts';
import { defineSuiteRule, type SuiteDocument, type SuiteReport } from './types';

const MESSAGES = {
  description: {
    en: 'A URN under “Links to other NOS” with the suite’s own prefix belongs to a file of the suite.',
    cy: "Mae URN o dan “Dolenni i NOS eraill” sydd â rhagddodiad y gyfres ei hun yn perthyn i ffeil yn y gyfres.",
  },
  unknown: {
    en: ({ urn }) => `No file here has the URN “${urn}”: check the link, or add that standard to the folder.`,
    cy: ({ urn }) => `Nid oes gan yr un ffeil yma'r URN “${urn}”: gwiriwch y ddolen, neu ychwanegwch y safon honno at y ffolder.`,
  } satisfies Message<{ urn: string }>,
};

function check(suite: readonly SuiteDocument[], report: (report: SuiteReport) => void, only?: string): void {
  const known = new Set<string>();
  const prefixes = new Set<string>();
  for (const document of suite) {
    const { urn, originalUrns } = suiteFacts(document);
    if (urn) {
      known.add(urn.key);
      prefixes.add(urnPrefix(urn.key));
    }
    for (const key of originalUrns) known.add(key);
  }
  if (!known.size) return;
  for (const document of suite) {
    if (only !== undefined && document.uri !== only) continue;
    for (const link of suiteFacts(document).links) {
      if (known.has(link.key) || !prefixes.has(urnPrefix(link.key))) continue;
      report({ uri: document.uri, range: link.range, message: say(MESSAGES.unknown, { urn: link.text }) });
    }
  }
}

export const unknownLink = defineSuiteRule({
  id: 'unknown-link',
  covers: [],
  defaultSeverity: Severity.Information,
  fixable: false,
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
});
