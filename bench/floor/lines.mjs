// The floor's one pass over the lines of a text, shared by the floor server and the
// I/O floor of `nos check` (scan.mjs): a line is flagged when it is longer than 200
// characters or ends in white space (three lines of draft 002: its two longest overview
// paragraphs and a line holding a space).

const LONG_LINE = 200;
const SPACE = /\s/;

/** Calls `visit(line, start, end)` for each line of `text`, `end` excluding the line break. */
export function eachLine(text, visit) {
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let next = text.indexOf('\n', start);
    if (next === -1) next = text.length;
    visit(line++, start, next > start && text[next - 1] === '\r' ? next - 1 : next);
    start = next + 1;
  }
}

/** Whether the line from `start` to `end` is flagged. */
export function flagged(text, start, end) {
  return end - start > LONG_LINE || (end > start && SPACE.test(text[end - 1]));
}
