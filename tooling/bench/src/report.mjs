// Turns suite results into the console table and BENCHMARKS.md's `bench` section. Kept apart
// from measuring so a suite only returns data.

import { markdownTable } from '../../../scripts/benchmarksFile.mjs';

export { machineInfo } from '../../../scripts/benchmarksFile.mjs';

/**
 * @typedef {object} Row
 * @property {string} name What was measured.
 * @property {string} value Median figure with unit.
 * @property {string} [ratio] Relative to the suite's reference ("1.00×" for the reference).
 * @property {string} [note] Output check or caveat.
 */

/**
 * @typedef {object} Goal
 * @property {string} label The goal as stated in issue #10.
 * @property {string} measured The figure compared with the target.
 * @property {string} target
 * @property {boolean} pass
 */

/**
 * @typedef {object} SuiteResult
 * @property {string} id Suite name on the command line.
 * @property {string} title
 * @property {string} method One sentence: what one operation is and how it was timed.
 * @property {Row[]} rows
 * @property {Goal[]} goals
 * @property {string[]} notes Fairness decisions and output-check findings.
 */

/**
 * @typedef {object} Machine
 * @property {string} cpu
 * @property {number} cores
 * @property {string} node
 * @property {string} os
 * @property {string} [chromium]
 */

/**
 * Pads columns so the console table lines up.
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 */
function textTable(header, rows) {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (/** @type {readonly string[]} */ cells) =>
    cells.map((cell, column) => (cell ?? '').padEnd(widths[column])).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** @param {Row} row */
const rowCells = (row) => [row.name, row.value, row.ratio ?? '', row.note ?? ''];
/** @param {Goal} goal */
const goalCells = (goal) => [goal.label, goal.measured, goal.target, goal.pass ? 'pass' : 'FAIL'];

/** @param {SuiteResult} suite */
export function suiteText(suite) {
  return [
    `\n${suite.title} (${suite.id})`,
    textTable(['alternative', 'median', 'ratio', 'note'], suite.rows.map(rowCells)),
    '',
    textTable(['goal', 'measured', 'target', 'result'], suite.goals.map(goalCells)),
  ].join('\n');
}

/**
 * @param {{ suites: readonly SuiteResult[], machine: Machine, command: string, date: Date, durationS: number }} report
 */
export function benchmarksMarkdown({ suites, machine, command, date, durationS }) {
  const goals = suites.flatMap((suite) => suite.goals.map((goal) => ({ suite, goal })));
  const failed = goals.filter(({ goal }) => !goal.pass);
  const lines = [
    '## Speed against the alternatives',
    '',
    `- Command: \`${command}\` (tooling/bench)`,
    `- Date: ${date.toISOString()}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.os}`,
    `- Node ${machine.node}${machine.chromium ? `, Chromium ${machine.chromium}` : ''}`,
    `- Duration: ${durationS.toFixed(0)} s`,
    '',
    'Alternatives run side by side in the same process, in interleaved rounds; figures are medians and',
    'ratios are medians of per-round ratios. Absolute times on a shared machine are noise: compare ratios.',
    '',
    '### Goals',
    '',
    markdownTable(
      ['suite', 'goal', 'measured', 'target', 'result'],
      goals.map(({ suite, goal }) => [suite.id, ...goalCells(goal)]),
    ),
    '',
    failed.length === 0
      ? 'All goals met.'
      : `Missed: ${failed.map(({ suite, goal }) => `${suite.id}: ${goal.label}`).join('; ')}.`,
  ];
  for (const suite of suites) {
    lines.push(
      '',
      `### ${suite.title}`,
      '',
      suite.method,
      '',
      markdownTable(['alternative', 'median', 'ratio', 'note'], suite.rows.map(rowCells)),
    );
    if (suite.notes.length > 0) lines.push('', ...suite.notes.map((note) => `- ${note}`));
  }
  return `${lines.join('\n')}\n`;
}
