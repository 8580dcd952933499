// A text over the size limit is not analysed; this rule says so, once, at its start.
// The limit is MAX_CHARACTERS (limits.ts) unless an adapter's setting changes it.

import { Severity, type Lang } from '../types';
import { defineRule } from './rule';
import type { Message } from '../messages/message';

const MESSAGES = {
  description: {
    en: 'A document over the size limit (5,000,000 characters by default) is not checked; one notice says so.',
    cy: "Nid yw dogfen dros y terfyn maint (5,000,000 o nodau yn ddiofyn) yn cael ei gwirio; mae un hysbysiad yn dweud hynny.",
  },
  tooLarge: {
    en: ({ size, limit }) => `This document has ${size} characters, over the nos.maxFileSize limit of ${limit}, so it is not checked.`,
    cy: ({ size, limit }) => `Mae gan y ddogfen hon ${size} o nodau, dros y terfyn nos.maxFileSize o ${limit}, felly nid yw'n cael ei gwirio.`,
  } satisfies Message<{ size: string; limit: string }>,
};

/** Numbers grouped in thousands with commas, as both languages write them. */
const grouped = (n: number) => n.toLocaleString('en-GB');

export const fileTooLarge = defineRule({
  id: 'file-too-large',
  covers: [],
  defaultSeverity: Severity.Information,
  fixable: false,
  description: MESSAGES.description,
  messages: MESSAGES,
  checkText({ length, limit, bilingual, report }) {
    const values = { size: grouped(length), limit: grouped(limit) };
    // Without a language setting there is no document language to choose: say it in both.
    const message = (lang: Lang) => (bilingual ? `${MESSAGES.tooLarge.en(values)} ${MESSAGES.tooLarge.cy(values)}` : MESSAGES.tooLarge[lang](values));
    report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message });
  },
});
