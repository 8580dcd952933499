// `nos report` on the samples: one self-contained page (no script, nothing fetched) with
// the totals, two charts, a row and a section per standard, in the suite's language or
// the one asked for; and the same figures as JSON, equal to what `nos check` finds.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { draft } from '../unit/helpers/suite';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const SAMPLES = join(ROOT, 'samples');

function nos(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

interface ReportJson {
  standards: { path: string; urn: string | null; criteria: number; knowledge: number; findings: Record<string, number>; details: { line: number; rule: string; severity: number }[] }[];
  language: string;
  summary: { standards: number; unread: number; findings: Record<string, number> };
  rules: Record<string, Record<string, number>>;
}

interface CheckJson {
  files: { path: string; diagnostics: { code: string; severity: number; range: { start: { line: number } } }[] }[];
}

describe('nos report', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nos-report-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one self-contained page about the samples, in Welsh, their language', () => {
    const out = join(dir, 'report.html');
    const run = nos(['report', SAMPLES, '-o', out]);
    assert.equal(run.status, 0, run.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="cy">/);
    assert.equal(html.match(/<tr id="row-\d+">/g)?.length, 5);
    assert.equal(html.match(/<section id="standard-\d+">/g)?.length, 5);
    assert.equal(html.match(/<svg[^>]*class="plot-/g)?.length, 2);
    assert.match(html, /Safonau a wiriwyd/);
    assert.doesNotMatch(html, /<script|<link|@import|(?:src|href)=["']?(?:https?:)?\/\//i, 'fetches nothing');
    assert.doesNotMatch(html, /[\u0001\u0002]|Standards checked/, 'every word in Welsh');
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('report.html')), ['report.html'], 'no scratch files left');
  });

  it('writes the page in the language asked for', () => {
    const out = join(dir, 'report-en.html');
    assert.equal(nos(['report', '--lang', 'en', SAMPLES, '-o', out]).status, 0);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /Standards checked/);
    assert.doesNotMatch(html, /Safonau a wiriwyd/);
  });

  it('gives as JSON the figures nos check finds', () => {
    const run = nos(['report', '--format', 'json', SAMPLES]);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as ReportJson;
    const check = JSON.parse(nos(['check', '--format', 'json', SAMPLES]).stdout) as CheckJson;
    assert.equal(report.language, 'cy');
    assert.deepEqual(report.summary.standards, 5);
    assert.deepEqual(report.standards.map((s) => s.path), check.files.map((f) => f.path));
    // Spelling included: the totals are check's.
    for (const [i, standard] of report.standards.entries()) {
      const found = check.files[i].diagnostics.map((d) => [d.range.start.line + 1, d.code, d.severity]);
      assert.deepEqual(standard.details.map((d) => [d.line, d.rule, d.severity]), found);
    }
    const all = check.files.flatMap((f) => f.diagnostics);
    assert.ok(all.some((d) => d.code === 'spelling'));
    for (const [severity, level] of ['error', 'warning', 'information'].entries()) {
      assert.equal(report.summary.findings[level], all.filter((d) => d.severity === severity + 1).length, level);
    }
    assert.equal(report.rules['criteria-numbering'].error, all.filter((d) => d.code === 'criteria-numbering').length);
    assert.deepEqual(report.standards.map((s) => [s.criteria, s.knowledge]), [[12, 19], [17, 25], [19, 16], [27, 26], [14, 12]]);
  });

  it('reads the configuration files check reads, and the one --config names', () => {
    const suite = join(dir, 'configured');
    mkdirSync(suite);
    for (const name of readdirSync(SAMPLES)) writeFileSync(join(suite, name), readFileSync(join(SAMPLES, name)));
    writeFileSync(join(suite, '.nosrc.json'), '{ "rules": { "spelling": "off", "criteria-numbering": "warning" } }');
    const rules = (args: string[]) => (JSON.parse(nos(['report', '--format', 'json', ...args]).stdout) as ReportJson).rules;
    const found = rules([suite]);
    assert.equal(found.spelling, undefined);
    assert.deepEqual(found['criteria-numbering'], { error: 0, warning: 5, information: 0, hint: 0 });
    const named = join(dir, 'other.nosrc.json');
    writeFileSync(named, '{ "rules": { "criteria-numbering": "off" } }');
    const given = rules(['--config', named, suite]);
    assert.equal(given['criteria-numbering'], undefined);
    assert.ok(given.spelling);
  });

  it('gives each standard of a folder its suite findings, as nos check does', () => {
    const suite = join(dir, 'suite');
    mkdirSync(suite);
    // 003 repeats 002's URN; 005 links to a standard no draft has.
    for (let n = 1; n <= 5; n++) writeFileSync(join(suite, `00${n}.nos.txt`), draft(n, { urn: n === 3 ? 'ABCXYZ2' : undefined, links: n === 5 ? 'ABCXYZ9' : '' }));
    const report = JSON.parse(nos(['report', '--format', 'json', suite]).stdout) as ReportJson;
    const check = JSON.parse(nos(['check', '--format', 'json', suite]).stdout) as CheckJson;
    for (const [i, standard] of report.standards.entries()) {
      assert.deepEqual(standard.details.map((d) => [d.line, d.rule]), check.files[i].diagnostics.map((d) => [d.range.start.line + 1, d.code]));
    }
    assert.deepEqual(Object.keys(report.rules).filter((rule) => ['duplicate-urn', 'unknown-link'].includes(rule)).sort(), ['duplicate-urn', 'unknown-link']);
    assert.equal(report.rules['duplicate-urn'].error, 2);
  });

  it('counts the same items in flattened copies of the samples', () => {
    const flat = join(dir, 'flat');
    mkdirSync(flat);
    for (const name of readdirSync(SAMPLES)) writeFileSync(join(flat, name), readFileSync(join(SAMPLES, name), 'utf8').replace(/\s+/g, ' '));
    const report = JSON.parse(nos(['report', '--format', 'json', flat]).stdout) as ReportJson;
    assert.deepEqual(report.standards.map((s) => [s.criteria, s.knowledge]), [[12, 19], [17, 25], [19, 16], [27, 26], [14, 12]]);
  });

  it('needs -o for a page, and reports unreadable input with exit status 2', () => {
    const usage = nos(['report', SAMPLES]);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /-o/);
    const missing = nos(['report', '--format', 'json', join(dir, 'missing.nos.txt'), SAMPLES]);
    assert.equal(missing.status, 2);
    assert.equal((JSON.parse(missing.stdout) as ReportJson).summary.unread, 1);
  });
});
