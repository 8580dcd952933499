// The `pairs` map of `.nosrc.json`: read with its problems in place, and resolved for one
// document against the configuration file's folder, as URIs (the server) or paths (`nos`).

import * as assert from 'node:assert/strict';
import { parseConfigFile } from '../../server/src/config/configFile';
import { declaredTwin } from '../../server/src/config/pairs';

describe('.nosrc.json pairs', () => {
  it('reads each entry as one pair of relative paths', () => {
    const { config, problems } = parseConfigFile('{ "pairs": { "./english/a.nos.txt": "cymraeg\\\\a.nos.txt", "b.nos.txt": "../b.cy.nos.txt" } }');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.pairs, [['english/a.nos.txt', 'cymraeg/a.nos.txt'], ['b.nos.txt', '../b.cy.nos.txt']]);
  });

  it('reports an entry that names no other file, where it is, and keeps the others', () => {
    const text = '{ "pairs": { "a.nos.txt": "", "b.nos.txt": 3, "c.nos.txt": "./c.nos.txt", "d.nos.txt": "d.cy.nos.txt" } }';
    const { config, problems } = parseConfigFile(text);
    assert.deepEqual(problems.map((p) => text.slice(p.offset, p.offset + p.length)), ['""', '3', '"./c.nos.txt"']);
    assert.equal(problems[0].message.en, '"pairs": "a.nos.txt" must name the other language version of the file, e.g. "cymraeg/safon.nos.txt".');
    assert.equal(problems[0].message.cy, '"pairs": rhaid i "a.nos.txt" enwi fersiwn y ffeil yn yr iaith arall, e.e. "cymraeg/safon.nos.txt".');
    assert.deepEqual(config.pairs, [['d.nos.txt', 'd.cy.nos.txt']]);
    assert.equal(parseConfigFile('{ "pairs": ["a", "b"] }').problems[0].message.en, '"pairs" must be a JSON object.');
  });

  it('finds a document\'s twin from either side, as URIs with escapes or as paths', () => {
    const { config } = parseConfigFile('{ "pairs": { "english/mon draft.nos.txt": "../cymraeg/drafft.nos.txt" } }');
    const folder = 'file:///ws/suite';
    assert.equal(declaredTwin(folder, config, 'file:///ws/suite/english/mon%20draft.nos.txt'), 'file:///ws/cymraeg/drafft.nos.txt');
    assert.equal(declaredTwin(folder, config, 'file:///ws/cymraeg/drafft.nos.txt'), 'file:///ws/suite/english/mon draft.nos.txt');
    assert.equal(declaredTwin(folder, config, 'file:///ws/suite/english/other.nos.txt'), undefined);
    assert.equal(declaredTwin('/home/w/suite', config, '/home/w/suite/english/mon draft.nos.txt'), '/home/w/cymraeg/drafft.nos.txt');
    // ".." never climbs above the root.
    const { config: up } = parseConfigFile('{ "pairs": { "a.nos.txt": "../../../../b.nos.txt" } }');
    assert.equal(declaredTwin('file:///ws', up, 'file:///ws/a.nos.txt'), 'file:///b.nos.txt');
    assert.equal(declaredTwin('/ws', up, '/ws/a.nos.txt'), '/b.nos.txt');
  });
});
