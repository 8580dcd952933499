// Two standards in one language with one title: readers and the database cannot tell
// them apart. Files that share their URN too are one standard twice, which duplicate-urn
// reports; titles left as template filler are placeholder-text's.

import type { Message } from '../messages/message';
import { Severity } from '../types';
import { suiteFacts } from './facts';
import { fileList, groupBy, MAX_RELATED } from './places';
import { defineSuiteRule, type SuiteDocument, type SuiteReport } from './types';

const MESSAGES = {
  description: {
    en: 'No two standards in the same language have the same title.',
    cy: "Nid oes gan ddwy safon yn yr un iaith yr un teitl.",
  },
  duplicate: {
    en: ({ others }) => `The same title as ${others}, in the same language: give each standard a title of its own.`,
    cy: ({ others }) => `Yr un teitl â ${others}, yn yr un iaith: rhowch ei deitl ei hun i bob safon.`,
  } satisfies Message<{ others: string }>,
  other: { en: 'The same title here', cy: "Yr un teitl yma" },
};

function check(suite: readonly SuiteDocument[], report: (report: SuiteReport) => void, only?: string): void {
  const titled = suite.flatMap((document) => {
    const { title, urn } = suiteFacts(document);
    return title ? [{ document, title, key: title.key, urn: urn?.key ?? null }] : [];
  });
  for (const group of groupBy(titled, (entry) => `${entry.document.language}|${entry.key}`)) {
    if (group.length < 2) continue;
    for (const entry of group) {
      if (only !== undefined && entry.document.uri !== only) continue;
      const others = group.filter((other) => other !== entry && (other.urn === null || other.urn !== entry.urn));
      if (!others.length) continue;
      const named = fileList(others.map((other) => other.document.uri));
      report({
        uri: entry.document.uri,
        range: entry.title.range,
        message: (lang) => MESSAGES.duplicate[lang]({ others: named(lang) }),
        related: others.slice(0, MAX_RELATED).map((other) => ({ uri: other.document.uri, range: other.title.range, message: MESSAGES.other })),
      });
    }
  }
}

export const duplicateTitle = defineSuiteRule({
  id: 'duplicate-title',
  covers: [],
  defaultSeverity: Severity.Warning,
  fixable: false,
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
});
