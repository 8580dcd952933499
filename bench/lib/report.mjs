// Console tables and budget checks shared by the parts.

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

/** The budgets of all parts that ran, one line each. */
export function printBudgets(checks) {
  printTable(
    'Budgets',
    ['part', 'budget', 'figure', 'limit', 'verdict'],
    checks.map((c) => [
      c.part,
      c.name,
      `${num(c.value, c.unit === '' ? 0 : c.unit === 'x' ? 1 : 2)} ${c.unit}`.trim(),
      `≤ ${c.limit} ${c.unit}`.trim(),
      verdict(c.pass),
    ]),
    'llrrl',
  );
}
