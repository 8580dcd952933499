// What is wrong with a configuration file or a setting: the message table of this area
// (listed in docs/messages.md). Property names, rule ids and severity values are
// written as the file writes them.

import type { MessageTable } from '../core/messages/message';

type Values<K extends string> = Record<K, string>;

export const CONFIG_MESSAGES = {
  syntax: {
    en: ({ code }: Values<'code'>) => `Not valid JSON here (${code}).`,
    cy: ({ code }: Values<'code'>) => `Nid yw hyn yn JSON dilys (${code}).`,
  },
  notObject: {
    en: ({ name }: Values<'name'>) => `"${name}" must be a JSON object.`,
    cy: ({ name }: Values<'name'>) => `Rhaid i "${name}" fod yn wrthrych JSON.`,
  },
  unknownProperty: {
    en: ({ name, allowed }: Values<'name' | 'allowed'>) => `Unknown property "${name}"; expected one of ${allowed}.`,
    cy: ({ name, allowed }: Values<'name' | 'allowed'>) => `Priodwedd anhysbys "${name}"; disgwylir un o ${allowed}.`,
  },
  language: {
    en: ({ name }: Values<'name'>) => `"${name}" must be "auto", "en" or "cy".`,
    cy: ({ name }: Values<'name'>) => `Rhaid i "${name}" fod yn "auto", "en" neu "cy".`,
  },
  messagesLanguage: {
    en: ({ name }: Values<'name'>) => `"${name}" must be "document", "en" or "cy".`,
    cy: ({ name }: Values<'name'>) => `Rhaid i "${name}" fod yn "document", "en" neu "cy".`,
  },
  unknownRule: {
    en: ({ id, ids }: Values<'id' | 'ids'>) => `Unknown rule "${id}"; the rules are ${ids}.`,
    cy: ({ id, ids }: Values<'id' | 'ids'>) => `Rheol anhysbys "${id}"; y rheolau yw ${ids}.`,
  },
  misspeltRule: {
    en: ({ id, meant }: Values<'id' | 'meant'>) => `Unknown rule "${id}"; did you mean "${meant}"?`,
    cy: ({ id, meant }: Values<'id' | 'meant'>) => `Rheol anhysbys "${id}"; ai "${meant}" oedd dan sylw?`,
  },
  severity: {
    en: ({ id, allowed }: Values<'id' | 'allowed'>) => `The severity of "${id}" must be one of ${allowed}.`,
    cy: ({ id, allowed }: Values<'id' | 'allowed'>) => `Rhaid i ddifrifoldeb "${id}" fod yn un o ${allowed}.`,
  },
  severityOrOptions: {
    en: ({ id, allowed }: Values<'id' | 'allowed'>) => `The severity of "${id}" must be one of ${allowed}, or an object with "severity" and the rule's options.`,
    cy: ({ id, allowed }: Values<'id' | 'allowed'>) => `Rhaid i ddifrifoldeb "${id}" fod yn un o ${allowed}, neu'n wrthrych gyda "severity" ac opsiynau'r rheol.`,
  },
  unknownOption: {
    en: ({ id, name }: Values<'id' | 'name'>) => `The rule "${id}" has no option "${name}".`,
    cy: ({ id, name }: Values<'id' | 'name'>) => `Nid oes gan y rheol "${id}" opsiwn "${name}".`,
  },
  optionType: {
    en: ({ id, name, type }: Values<'id' | 'name' | 'type'>) => `The option "${name}" of "${id}" must be of type "${type}".`,
    cy: ({ id, name, type }: Values<'id' | 'name' | 'type'>) => `Rhaid i'r opsiwn "${name}" o "${id}" fod o'r math "${type}".`,
  },
  notArray: {
    en: ({ name }: Values<'name'>) => `"${name}" must be an array.`,
    cy: ({ name }: Values<'name'>) => `Rhaid i "${name}" fod yn arae.`,
  },
  files: {
    en: 'Each entry of "overrides" needs "files": a non-empty array of glob patterns, e.g. ["welsh/**"].',
    cy: 'Mae angen "files" ar bob cofnod yn "overrides": arae o batrymau glob nad yw\'n wag, e.e. ["welsh/**"].',
  },
  fileGlob: {
    en: 'Each entry of "files" must be a glob of files in this folder or below it, e.g. "standards/*.md".',
    cy: 'Rhaid i bob cofnod yn "files" fod yn glob o ffeiliau yn y ffolder hon neu oddi tani, e.e. "standards/*.md".',
  },
  fileGlobOutside: {
    en: ({ glob }: Values<'glob'>) => `"files": "${glob}" must be relative to this file's folder, with "/" between folders and no "..": files outside it are not read.`,
    cy: ({ glob }: Values<'glob'>) => `"files": rhaid i "${glob}" fod yn berthynol i ffolder y ffeil hon, gyda "/" rhwng ffolderi a heb "..": ni ddarllenir ffeiliau y tu allan iddi.`,
  },
  fileGlobSyntax: {
    en: ({ glob }: Values<'glob'>) => `"files": "${glob}" is not a valid glob: every "[" and "{" must be closed, and "!" to leave files out is not supported.`,
    cy: ({ glob }: Values<'glob'>) => `"files": nid yw "${glob}" yn glob dilys: rhaid cau pob "[" a "{", ac ni chefnogir "!" i hepgor ffeiliau.`,
  },
  pair: {
    en: ({ name }: Values<'name'>) => `"pairs": "${name}" must name the other language version of the file, e.g. "cymraeg/safon.nos.txt".`,
    cy: ({ name }: Values<'name'>) => `"pairs": rhaid i "${name}" enwi fersiwn y ffeil yn yr iaith arall, e.e. "cymraeg/safon.nos.txt".`,
  },
  unreadable: {
    en: ({ reason }: Values<'reason'>) => `This configuration file cannot be read: ${reason}.`,
    cy: ({ reason }: Values<'reason'>) => `Ni ellir darllen y ffeil ffurfweddu hon: ${reason}.`,
  },
  noText: {
    en: 'the editor sent no text',
    cy: "ni anfonodd y golygydd destun",
  },
  fileNoAnswer: {
    en: ({ uri, ms }: { uri: string; ms: number }) => `The editor did not answer within ${ms} ms when asked for ${uri}; checking as if there were no such file until it answers.`,
    cy: ({ uri, ms }: { uri: string; ms: number }) => `Ni atebodd y golygydd o fewn ${ms} ms pan ofynnwyd am ${uri}; gwirir fel pe na bai ffeil o'r fath nes iddo ateb.`,
  },
  noAnswer: {
    en: ({ ms }: { ms: number }) => `The editor did not answer workspace/configuration within ${ms} ms; using the default settings.`,
    cy: ({ ms }: { ms: number }) => `Ni atebodd y golygydd workspace/configuration o fewn ${ms} ms; defnyddir y gosodiadau diofyn.`,
  },
} satisfies MessageTable;

/** Names as a file writes them: `"a", "b"`. */
export function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
