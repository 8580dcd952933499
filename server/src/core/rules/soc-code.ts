// S20: the SOC code is one or more four-digit SOC unit-group codes, in a list separated by
// ";" or ",".

import { say, type Message } from '../messages/message';
import { isFiller } from '../metadata/filler';
import { listParts, valueSpan } from '../metadata/lists';
import { Severity } from '../types';
import { defineRule, type FieldContext } from './rule';

const MESSAGES = {
  description: {
    en: 'The SOC code is one or more four-digit SOC unit-group codes, separated by “;” or “,”.',
    cy: "Un neu ragor o godau grŵp uned SOC pedwar digid yw'r cod SOC, wedi'u gwahanu â “;” neu “,”.",
  },
  notCode: {
    en: ({ code }) => `“${code}” is not a SOC code: SOC codes are four digits, such as “6211”.`,
    cy: ({ code }) => `Nid yw “${code}” yn god SOC: pedwar digid yw codau SOC, fel “6211”.`,
  } satisfies Message<{ code: string }>,
  length: {
    en: ({ code }) => `“${code}” has ${code.length} digits: SOC unit-group codes have four.`,
    cy: ({ code }) => `Mae ${code.length} digid yn “${code}”: mae pedwar digid mewn codau grŵp uned SOC.`,
  } satisfies Message<{ code: string }>,
  separators: {
    en: ({ value, list }) => `Separate SOC codes with “;” or “,”: “${value}” reads “${list}”.`,
    cy: ({ value, list }) => `Gwahanwch godau SOC â “;” neu “,”: “${value}” yw “${list}”.`,
  } satisfies Message<{ value: string; list: string }>,
  writeList: {
    en: ({ list }) => `Write “${list}”`,
    cy: ({ list }) => `Ysgrifennu “${list}”`,
  } satisfies Message<{ list: string }>,
};

/** One list part: codes, perhaps run together with spaces, slashes, bars or "and"/"a". */
const CODES = /^\d+(?:(?:\s*[/|&+]\s*|\s+(?:and\s+|a\s+)?)\d+)*$/i;

function checkField({ field, report }: FieldContext): void {
  const range = field.valueRange;
  if (field.id !== 'soc-code' || !range || isFiller(field.value)) return;
  const codes: string[] = [];
  let runTogether = false;
  let wellFormed = true;
  for (const part of listParts(field.value)) {
    if (part.text === '') continue;
    const at = (offset: number, length: number) => valueSpan(field, part.start + offset, length) ?? range;
    if (!CODES.test(part.text)) {
      wellFormed = false;
      report({ range: at(0, part.text.length), severity: Severity.Error, message: say(MESSAGES.notCode, { code: part.text }) });
      continue;
    }
    const found = [...part.text.matchAll(/\d+/g)];
    runTogether ||= found.length > 1;
    for (const { 0: code, index } of found) {
      codes.push(code);
      if (code.length === 4) continue;
      wellFormed = false;
      report({ range: at(index, code.length), severity: Severity.Warning, message: say(MESSAGES.length, { code }) });
    }
  }
  // Only a value on one line is rewritten: a fix never joins lines.
  if (!wellFormed || !runTogether || !valueSpan(field, 0, 0)) return;
  // Codes run together: one list, with the separator the value already uses, else ";" as
  // the database stores it.
  const value = field.value.trim();
  const list = codes.join(value.includes(',') && !value.includes(';') ? ', ' : '; ');
  report({
    range,
    severity: Severity.Warning,
    message: say(MESSAGES.separators, { value, list }),
    fixes: [{ title: say(MESSAGES.writeList, { list }), edits: [{ range, newText: list }], safe: true, isPreferred: true }],
  });
}

export const socCode = defineRule({
  id: 'soc-code',
  covers: ['S20'],
  defaultSeverity: Severity.Error,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  checkField,
});
