// Console tables and budget checks shared by the parts.

import { summary } from './stats.mjs';

/** A budget check: every budget in the issue is an upper bound. */
export function budget(name, value, limit, unit) {
  return { name, value, limit, unit, pass: Number.isFinite(value) && value <= limit };
}

export const verdict = (pass) => (pass ? 'PASS' : 'MISS');

/** A number with `digits` decimals, or '-' when there is none. */
export function num(value, digits = 1) {
  return value === null || value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits);
}

/**
 * Prints rows of cells under a header; `align` has one letter per column,
 * 'l' or 'r' (numbers read best right-aligned).
 */
export function printTable(title, header, rows, align) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (align[i] === 'r' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

const decimals = (unit) => (unit === '' ? 0 : 2);

/**
 * One check per budget from the checks of several runs (matched by part and name, the
 * draft that was worst aside): a count that must be zero is its largest over the runs,
 * any other figure its median. The values of every run are kept in `runs`.
 */
export function medianOfRuns(runs) {
  const groups = new Map();
  for (const checks of runs) {
    for (const c of checks) {
      const name = c.name.replace(/ \(worst: [^)]*\)$/, '');
      const key = `${c.part}\u0000${name}`;
      if (!groups.has(key)) groups.set(key, { ...c, name, runs: [] });
      groups.get(key).runs.push(c.value);
    }
  }
  return [...groups.values()].map(({ runs: values, ...c }) => {
    // A run that failed counts as the worst value.
    const known = values.map((v) => (Number.isFinite(v) ? v : Infinity));
    const value = c.limit === 0 ? Math.max(...known) : summary(known).median;
    return { ...budget(c.name, value, c.limit, c.unit), part: c.part, runs: values };
  });
}

/** The budgets of all parts that ran, one line each; after several runs, their median and every run's value. */
export function printBudgets(checks, runs = 1) {
  const several = runs > 1;
  printTable(
    several ? `Budgets, median of ${runs} runs (a count that must be 0, the largest)` : 'Budgets',
    ['part', 'budget', 'figure', 'limit', 'verdict', ...(several ? ['runs'] : [])],
    checks.map((c) => [
      c.part,
      c.name,
      `${num(c.value, decimals(c.unit))} ${c.unit}`.trim(),
      `≤ ${c.limit} ${c.unit}`.trim(),
      verdict(c.pass),
      ...(several ? [(c.runs ?? []).map((v) => num(v, decimals(c.unit))).join(' ')] : []),
    ]),
    several ? 'llrrll' : 'llrrl',
  );
}
