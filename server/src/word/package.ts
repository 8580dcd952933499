// Opening a .docx safely before anything else reads it. A Word document is a zip
// package; a password-protected one (and an old .doc) is an OLE compound file instead.
// Every XML part is unpacked here under a size limit (yauzl stops a part that unpacks to
// more than its header declares), so that the zip reader mammoth uses afterwards only
// meets parts known to be small: a zip bomb is refused, never inflated.

import * as yauzl from 'yauzl';
import type { Lang } from '../core/types';
import { WORD } from './messages';
import { MAX_PACKAGE_BYTES, MAX_XML_BYTES } from './limits';

const MB = 1 << 20;
const MAX_ENTRIES = 5000;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A .docx that cannot be read; its message is in both languages. */
export class WordError extends Error {
  constructor(readonly text: (lang: Lang) => string) {
    super(text('en'));
  }
}

const fail = (message: { en: string; cy: string }): never => {
  throw new WordError((lang) => message[lang]);
};

/** The package's XML parts (`.xml`, `.rels`) by name, each read whole. */
export type Parts = ReadonlyMap<string, string>;

function isXml(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** Checks the package and unpacks its XML parts; throws WordError for anything else. */
export async function readPackage(bytes: Buffer): Promise<Parts> {
  if (bytes.length > MAX_PACKAGE_BYTES) throw new WordError((lang) => WORD.tooLarge[lang]({ mb: MAX_PACKAGE_BYTES / MB }));
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) fail(WORD.protectedOrDoc);
  const head = bytes.subarray(0, 4);
  if (!head.equals(ZIP_MAGIC) && !head.equals(EMPTY_ZIP_MAGIC)) fail(WORD.notZip);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    return fail(WORD.damaged);
  }
  if (zip.entryCount > MAX_ENTRIES) {
    zip.close();
    fail(WORD.tooManyParts);
  }
  const parts = new Map<string, string>();
  let unpacked = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!isXml(entry.fileName)) return zip.readEntry();
        if (entry.isEncrypted()) return reject(new WordError((lang) => WORD.encryptedPart[lang]));
        unpacked += entry.uncompressedSize;
        if (unpacked > MAX_XML_BYTES) return reject(new WordError((lang) => WORD.unpacksTooLarge[lang]({ mb: MAX_XML_BYTES / MB })));
        readEntry(zip, entry).then((data) => {
          parts.set(entry.fileName, data.toString('utf8'));
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof WordError) throw error;
    fail(WORD.damaged);
  } finally {
    zip.close();
  }
  if (!parts.has(mainPart(parts))) fail(WORD.notDocx);
  return parts;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The parts an XML relationships file points to, by type ("styles", "numbering"), as part names. */
export function relationships(parts: Parts, source: string): Map<string, string> {
  const slash = source.lastIndexOf('/');
  const folder = source.slice(0, slash + 1);
  const rels = parts.get(`${folder}_rels/${source.slice(slash + 1)}.rels`) ?? '';
  const found = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1];
    if (!type || !target || /\bTargetMode="External"/.test(match[0])) continue;
    const name = target.startsWith('/') ? target.slice(1) : resolvePath(folder, target);
    found.set(OFFICE_DOCUMENT.test(type) ? 'officeDocument' : type.slice(type.lastIndexOf('/') + 1), name);
  }
  return found;
}

function resolvePath(folder: string, target: string): string {
  const segments = folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The main document part, as the package's relationships name it. */
export function mainPart(parts: Parts): string {
  return relationships(parts, '').get('officeDocument') ?? 'word/document.xml';
}
