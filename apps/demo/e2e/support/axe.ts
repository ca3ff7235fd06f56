import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = join(dirname(require.resolve('axe-core')), 'axe.min.js');
let axeSource: string | undefined;

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export interface AxeReport {
  /** serious + critical: each one fails the test. */
  readonly blocking: AxeViolation[];
  /** minor + moderate: reported, not failing. */
  readonly minorCount: number;
  readonly moderateCount: number;
  /** Rules that passed: proves axe really examined the page. */
  readonly passedRules: number;
}

/** Runs axe-core on the whole document. */
export async function runAxe(page: Page): Promise<AxeReport> {
  // Not page.addScriptTag(): the demo's CSP (script-src 'self') rightly blocks
  // inline scripts. Evaluating through the DevTools protocol is not subject to it.
  axeSource ??= readFileSync(AXE_PATH, 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown; passes: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return {
      violations: JSON.parse(JSON.stringify(result.violations)) as unknown,
      passes: result.passes.length,
    };
  });
  const list = violations as AxeViolation[];
  const count = (impact: string): number => list.filter((v) => v.impact === impact).length;
  return {
    blocking: list.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    minorCount: count('minor'),
    moderateCount: count('moderate'),
    passedRules: passes,
  };
}

/** One readable line per serious/critical violation, with the nodes and the help. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    ${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
        )
        .join('\n');
      return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}
