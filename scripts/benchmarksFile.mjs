// BENCHMARKS.md is written by several commands — `pnpm bench`, `pnpm size
// --write`, the demo's budgets and `pnpm lighthouse` — each owning one section
// between `<!-- section:<id> -->` markers. A command replaces only its own
// section, so rerunning one never drops another's figures. Sections keep the
// order of SECTION_ORDER; unknown ones follow in file order.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

import { ROOT } from './workspacePackages.mjs';

/** Where each command's figures go, in reading order. */
export const SECTION_ORDER = [
  'bench',
  'size',
  'demo-budgets',
  'lighthouse',
  'lighthouse-devtools',
  'lighthouse-desktop',
  // Hand-written: back-to-back comparisons that no single command produces.
  'lighthouse-notes',
];

const HEADER = [
  '# Benchmarks',
  '',
  'Every figure here was measured by the command its section names, on the machine and at the date it',
  'states. Each command rewrites only its own section; do not edit those by hand. The',
  '`lighthouse-notes` section is hand-written and kept by every rewrite: comparisons of two commits',
  'measured back to back, with the commands that measured them.',
].join('\n');

const SECTION = /<!-- section:([a-z0-9-]+) -->[\s\S]*?<!-- \/section:\1 -->/g;

/**
 * The machine a figure was measured on, for the section header.
 * @returns {{ cpu: string, cores: number, node: string, os: string }}
 */
export function machineInfo() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/**
 * The lines every section starts with: command, date, machine.
 * @param {{ command: string, date?: Date, extra?: string }} input
 */
export function provenance({ command, date = new Date(), extra }) {
  const machine = machineInfo();
  return [
    `- Command: \`${command}\``,
    `- Date: ${date.toISOString()}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.os}, Node ${machine.node}${extra ? `, ${extra}` : ''}`,
  ].join('\n');
}

/** @param {string} text */
function escapeCell(text) {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/**
 * A Markdown table padded the way Prettier formats it, so BENCHMARKS.md
 * passes `prettier --check` untouched.
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 */
export function markdownTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => escapeCell(cell ?? '')));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column].length)));
  const line = (/** @type {readonly string[]} */ row) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const [head, ...body] = cells;
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/**
 * BENCHMARKS.md with section `id` set to `markdown` (which starts with its
 * own `##` heading). Pure: `current` is the file's text, or undefined.
 * @param {string | undefined} current
 * @param {string} id
 * @param {string} markdown
 */
export function withSection(current, id, markdown) {
  if (!/^[a-z0-9-]+$/.test(id)) throw new RangeError(`section id ${JSON.stringify(id)}: use a-z, 0-9 and -.`);
  const sections = new Map();
  for (const match of (current ?? '').matchAll(SECTION)) sections.set(match[1], match[0]);
  sections.set(id, `<!-- section:${id} -->\n\n${markdown.trim()}\n\n<!-- /section:${id} -->`);
  const rank = (/** @type {string} */ key) => {
    const index = SECTION_ORDER.indexOf(key);
    return index < 0 ? SECTION_ORDER.length : index;
  };
  const ordered = [...sections.keys()].sort((a, b) => rank(a) - rank(b));
  return `${[HEADER, ...ordered.map((key) => sections.get(key))].join('\n\n')}\n`;
}

/**
 * Replaces section `id` of the repository's BENCHMARKS.md.
 * @param {string} id
 * @param {string} markdown
 */
export function writeBenchmarksSection(id, markdown) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  writeFileSync(file, withSection(current, id, markdown));
  return file;
}
