// The workload profiled for the core, over and over for a while: analyse + outline of
// one document ('full'), or re-analysis after a one-character edit given the previous
// analysis, as on a keystroke ('edit'). Run by profile.mjs, under `node --cpu-prof`
// or, given a heap profile path, sampling every allocation (collected ones too)
// through the inspector.
// Arguments: core bundle, draft id, size, full|edit, seconds[, heap profile path].

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { loadCorpus, repeat } from './corpus.mjs';

const [bundle, id, size, mode, seconds, heapProfile] = process.argv.slice(2);
const service = createRequire(import.meta.url)(bundle).createNosService();
const text = repeat(loadCorpus().find((draft) => draft.id === id).text, Number(size));
const middle = text.indexOf('\n', text.length >> 1);
const texts = [text, `${text.slice(0, middle)} ${text.slice(middle)}`];
let previous = service.analyse(text);

function run(i) {
  if (mode === 'edit') previous = service.analyse(texts[i % 2], { previous });
  else service.outline(service.analyse(text));
}

function loop(ms) {
  const end = performance.now() + ms;
  let runs = 0;
  while (performance.now() < end) run(runs++);
  return runs;
}

let session = null;
if (heapProfile) {
  loop(500); // optimised code and warm caches, as in an editing session
  session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
const runs = loop(Number(seconds) * 1000);
if (session) {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(heapProfile, JSON.stringify(profile));
}
console.log(JSON.stringify({ runs, msPerRun: (Number(seconds) * 1000) / runs }));
