// What is wrong with a configuration file or a setting, in both languages. Property
// names, rule ids and severity values are written as the file writes them.

import type { Bilingual } from '../core';

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

export const CONFIG_MESSAGES = {
  syntax: (code: string): Bilingual => ({
    en: `Not valid JSON here (${code}).`,
    cy: `Nid yw hyn yn JSON dilys (${code}).`,
  }),
  notObject: (name: string): Bilingual => ({
    en: `"${name}" must be a JSON object.`,
    cy: `Rhaid i "${name}" fod yn wrthrych JSON.`,
  }),
  unknownProperty: (name: string, allowed: readonly string[]): Bilingual => ({
    en: `Unknown property "${name}"; expected one of ${quoted(allowed)}.`,
    cy: `Priodwedd anhysbys "${name}"; disgwylir un o ${quoted(allowed)}.`,
  }),
  language: (name: string): Bilingual => ({
    en: `"${name}" must be "auto", "en" or "cy".`,
    cy: `Rhaid i "${name}" fod yn "auto", "en" neu "cy".`,
  }),
  unknownRule: (id: string, ids: readonly string[]): Bilingual => ({
    en: `Unknown rule "${id}"; the rules are ${quoted(ids)}.`,
    cy: `Rheol anhysbys "${id}"; y rheolau yw ${quoted(ids)}.`,
  }),
  severity: (id: string, allowed: readonly string[], options: boolean): Bilingual => options
    ? {
      en: `The severity of "${id}" must be one of ${quoted(allowed)}, or an object with "severity" and the rule's options.`,
      cy: `Rhaid i ddifrifoldeb "${id}" fod yn un o ${quoted(allowed)}, neu'n wrthrych gyda "severity" ac opsiynau'r rheol.`,
    }
    : {
      en: `The severity of "${id}" must be one of ${quoted(allowed)}.`,
      cy: `Rhaid i ddifrifoldeb "${id}" fod yn un o ${quoted(allowed)}.`,
    },
  unknownOption: (id: string, name: string): Bilingual => ({
    en: `The rule "${id}" has no option "${name}".`,
    cy: `Nid oes gan y rheol "${id}" opsiwn "${name}".`,
  }),
  optionType: (id: string, name: string, type: string): Bilingual => ({
    en: `The option "${name}" of "${id}" must be of type "${type}".`,
    cy: `Rhaid i'r opsiwn "${name}" o "${id}" fod o'r math "${type}".`,
  }),
  notArray: (name: string): Bilingual => ({
    en: `"${name}" must be an array.`,
    cy: `Rhaid i "${name}" fod yn arae.`,
  }),
  files: (): Bilingual => ({
    en: `"files" must be a non-empty array of glob patterns, e.g. ["welsh/**"].`,
    cy: `Rhaid i "files" fod yn arae o batrymau glob nad yw'n wag, e.e. ["welsh/**"].`,
  }),
  unreadable: (reason: string): Bilingual => ({
    en: `This configuration file cannot be read: ${reason}.`,
    cy: `Ni ellir darllen y ffeil ffurfweddu hon: ${reason}.`,
  }),
};
