// A URN under "Links to other NOS" that no file of the suite has. Links to other
// developers' and other suites' standards are normal and cannot be checked here, so only
// a URN with the prefix of the suite's own URNs (developer and suite letters, "SKAEAF" of
// "SKAEAF2") is reported: it names a standard the suite should hold. The folder holds a
// suite of a prefix only with two standards of it: one standard on its own links to
// siblings the writer never meant to put beside it.

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
  // The URNs of each prefix: an English and a Welsh file of one standard share theirs.
  const urns = new Map<string, Set<string>>();
  for (const document of suite) {
    const { urn, originalUrns } = suiteFacts(document);
    if (urn) {
      known.add(urn.key);
      const prefix = urnPrefix(urn.key);
      urns.set(prefix, (urns.get(prefix) ?? new Set()).add(urn.key));
    }
    for (const key of originalUrns) known.add(key);
  }
  const prefixes = new Set([...urns].filter(([, keys]) => keys.size >= 2).map(([prefix]) => prefix));
  if (!prefixes.size) return;
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
