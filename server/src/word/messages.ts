// What the Word import and export say, in English and Welsh: reasons a .docx cannot be
// read, and what the `nos import` / `nos export` commands report.

import type { Bilingual } from '../core/types';
import type { Message } from '../core/messages/message';

export const WORD = {
  notZip: {
    en: 'not a Word document (.docx): the file is not a zip package',
    cy: "nid dogfen Word (.docx) yw hon: nid pecyn zip yw'r ffeil",
  } satisfies Bilingual,
  notDocx: {
    en: 'a zip file, but not a Word document: it holds no word/document.xml',
    cy: 'ffeil zip yw hon, nid dogfen Word: nid oes word/document.xml ynddi',
  } satisfies Bilingual,
  protectedOrDoc: {
    en: 'a password-protected document or an old Word 97-2003 .doc: open it in Word and save it as .docx without a password',
    cy: "dogfen wedi'i diogelu gan gyfrinair neu hen ffeil .doc Word 97-2003: agorwch hi yn Word a'i chadw fel .docx heb gyfrinair",
  } satisfies Bilingual,
  encryptedPart: {
    en: 'the Word package has encrypted parts, which cannot be read',
    cy: "mae rhannau wedi'u hamgryptio yn y pecyn Word, ac ni ellir eu darllen",
  } satisfies Bilingual,
  tooLarge: {
    en: ({ mb }) => `too large for a draft (over ${mb} MB)`,
    cy: ({ mb }) => `rhy fawr i fod yn ddrafft (dros ${mb} MB)`,
  } satisfies Message<{ mb: number }>,
  unpacksTooLarge: {
    en: ({ mb }) => `the document unpacks to over ${mb} MB of text: refused as a damaged or hostile file`,
    cy: ({ mb }) => `mae'r ddogfen yn dadbacio i fwy na ${mb} MB o destun: fe'i gwrthodwyd fel ffeil wedi'i difrodi neu faleisus`,
  } satisfies Message<{ mb: number }>,
  tooManyParts: {
    en: 'the Word package holds too many parts: refused as a damaged or hostile file',
    cy: "mae gormod o rannau yn y pecyn Word: fe'i gwrthodwyd fel ffeil wedi'i difrodi neu faleisus",
  } satisfies Bilingual,
  damaged: {
    en: 'the Word package is damaged and cannot be read',
    cy: "mae'r pecyn Word wedi'i ddifrodi ac ni ellir ei ddarllen",
  } satisfies Bilingual,
  exists: {
    en: 'already exists; name it with -o to replace it',
    cy: "mae'n bodoli eisoes; rhowch ei henw gyda -o i'w disodli",
  } satisfies Bilingual,
  written: {
    en: ({ path }) => `written to ${path}`,
    cy: ({ path }) => `wedi'i ysgrifennu i ${path}`,
  } satisfies Message<{ path: string }>,
  importOneFile: { en: 'import takes one .docx file', cy: 'mae import yn cymryd un ffeil .docx' } satisfies Bilingual,
  exportOneFile: { en: 'export takes one draft', cy: 'mae export yn cymryd un drafft' } satisfies Bilingual,

  /** The editor's page for a .docx, and its notifications. */
  pageTitle: { en: 'A Word document', cy: 'Dogfen Word' } satisfies Bilingual,
  pageText: {
    en: 'This is a Word document. NOS Author can import it as NOS text: headings, numbered lists as Word shows them, metadata tables as “Label: value” lines; bold and italic are dropped. The Word file is not changed.',
    cy: "Dogfen Word yw hon. Gall NOS Author ei mewnforio fel testun SGC: penawdau, rhestrau wedi'u rhifo fel y mae Word yn eu dangos, tablau metadata fel llinellau “Label: gwerth”; nid yw print trwm nac italig yn aros. Nid yw'r ffeil Word yn newid.",
  } satisfies Bilingual,
  importButton: { en: 'Import as NOS text', cy: 'Mewnforio fel testun SGC' } satisfies Bilingual,
  desktopOnly: {
    en: 'The import runs in VS Code on a computer, or with `nos import` in a terminal: not in the browser.',
    cy: "Mae'r mewnforio'n gweithio yn VS Code ar gyfrifiadur, neu gyda `nos import` mewn terfynell: nid yn y porwr.",
  } satisfies Bilingual,
  chooseDocx: { en: 'Import', cy: 'Mewnforio' } satisfies Bilingual,
  saveImport: { en: 'Save the NOS text', cy: 'Cadw’r testun SGC' } satisfies Bilingual,
  saveExport: { en: 'Export', cy: 'Allforio' } satisfies Bilingual,
  wordFiles: { en: 'Word documents', cy: 'Dogfennau Word' } satisfies Bilingual,
  nosFiles: { en: 'NOS text', cy: 'Testun SGC' } satisfies Bilingual,
  cannotImport: {
    en: ({ name, reason }) => `${name} cannot be imported: ${reason}.`,
    cy: ({ name, reason }) => `Ni ellir mewnforio ${name}: ${reason}.`,
  } satisfies Message<{ name: string; reason: string }>,
  notWritten: {
    en: ({ name, reason }) => `${name} could not be written: ${reason}`,
    cy: ({ name, reason }) => `Ni ellid ysgrifennu ${name}: ${reason}`,
  } satisfies Message<{ name: string; reason: string }>,
  exported: {
    en: ({ name }) => `Exported to ${name}.`,
    cy: ({ name }) => `Wedi'i allforio i ${name}.`,
  } satisfies Message<{ name: string }>,
  openNosFirst: {
    en: 'Open a NOS document to export it to Word.',
    cy: "Agorwch ddogfen SGC i'w hallforio i Word.",
  } satisfies Bilingual,
};
