// Two files in one language with one URN: one of them has the wrong URN, or the suite
// holds a standard twice. English and Welsh versions of a standard share their URN.

import { say, type Message } from '../messages/message';
import { suiteFacts, type UrnText } from './facts';
import { fileList, groupBy, MAX_RELATED } from './places';
import { defineSuiteRule, type SuiteDocument, type SuiteReport } from './types';
import { Severity } from '../types';

const MESSAGES = {
  description: {
    en: 'No two files in the same language have the same URN (the English and Welsh versions of a standard share theirs).',
    cy: "Nid oes gan ddwy ffeil yn yr un iaith yr un URN (mae fersiynau Saesneg a Chymraeg safon yn rhannu eu URN).",
  },
  duplicate: {
    en: ({ urn, others }) => `The URN “${urn}” is also the URN of ${others}, in the same language: each standard has its own.`,
    cy: ({ urn, others }) => `Mae'r URN “${urn}” hefyd yn URN ${others}, yn yr un iaith: mae gan bob safon ei URN ei hun.`,
  } satisfies Message<{ urn: string; others: string }>,
  other: {
    en: ({ urn }) => `The same URN “${urn}” here`,
    cy: ({ urn }) => `Yr un URN “${urn}” yma`,
  } satisfies Message<{ urn: string }>,
};

function check(suite: readonly SuiteDocument[], report: (report: SuiteReport) => void, only?: string): void {
  const withUrn = suite.flatMap((document) => {
    const { urn } = suiteFacts(document);
    return urn ? [{ document, urn }] : [];
  });
  for (const group of groupBy(withUrn, ({ document, urn }) => `${document.language}|${urn.key}`)) {
    if (group.length < 2) continue;
    for (const { document, urn } of group) {
      if (only !== undefined && document.uri !== only) continue;
      const others = group.filter((entry) => entry.document !== document);
      const named = fileList(others.map((entry) => entry.document.uri));
      report({
        uri: document.uri,
        range: urn.range,
        severity: Severity.Error,
        message: (lang) => MESSAGES.duplicate[lang]({ urn: urn.text, others: named(lang) }),
        related: others.slice(0, MAX_RELATED).map(({ document: d, urn: u }: { document: SuiteDocument; urn: UrnText }) =>
          ({ uri: d.uri, range: u.range, message: say(MESSAGES.other, { urn: u.text }) })),
      });
    }
  }
}

export const duplicateUrn = defineSuiteRule({
  id: 'duplicate-urn',
  covers: [],
  defaultSeverity: Severity.Error,
  fixable: false,
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
});
