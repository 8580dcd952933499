// The sample drafts copied into a fresh temporary folder for an editor to open: tests edit
// and save them there, never in samples/ (whose files are read-only).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const samples = fileURLToPath(new URL('../samples/', import.meta.url));

/** A folder named "drafts" (the workbench shows its name) and a function that removes it. */
export function draftsFolder() {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'nos-drafts-'));
  const folder = path.join(parent, 'drafts');
  fs.mkdirSync(folder);
  for (const name of fs.readdirSync(samples).filter((file) => file.endsWith('.nos.txt'))) {
    fs.writeFileSync(path.join(folder, name), fs.readFileSync(path.join(samples, name)));
  }
  return { folder, remove: () => fs.rmSync(parent, { recursive: true, force: true }) };
}
