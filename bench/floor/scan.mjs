// The I/O floor of `nos check`: read every file under a folder as text and scan its
// lines once (lines.mjs), nothing else, on one thread. Prints what it saw as JSON so
// that the work cannot be skipped. `node bench/floor/scan.mjs <dir>`

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { eachLine, flagged } from './lines.mjs';

const dir = process.argv[2];
const seen = { files: 0, bytes: 0, lines: 0, flagged: 0 };
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  seen.files++;
  seen.bytes += Buffer.byteLength(text);
  eachLine(text, (line, start, end) => {
    seen.lines++;
    if (flagged(text, start, end)) seen.flagged++;
  });
}
process.stdout.write(`${JSON.stringify(seen)}\n`);
