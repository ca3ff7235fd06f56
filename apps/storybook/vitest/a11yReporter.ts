import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import type { Reporter, TestModule } from 'vitest/node';

/** The part of an axe result a story test reports (the a11y addon attaches it to the test's meta). */
interface AxeReport {
  readonly type: string;
  readonly result?: {
    readonly violations?: readonly {
      readonly id: string;
      readonly impact?: string | null;
      readonly nodes: readonly unknown[];
    }[];
    readonly incomplete?: readonly unknown[];
  };
}

type Impact = 'critical' | 'serious' | 'moderate' | 'minor';
const IMPACTS: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor'];

/** Per project: stories checked, violations by impact, and axe's "needs review" results. */
export interface A11ySummary {
  readonly [project: string]: { stories: number; needsReview: number } & Record<Impact, number>;
}

/**
 * Prints what axe found across every story, per locale project: serious and
 * critical violations fail their story (the a11y addon's `test: 'error'`);
 * this reporter adds the counts of moderate and minor ones and of results
 * axe could not decide ("needs review"), so they are seen and tracked even
 * when nothing fails. Writes the same figures as JSON to `outputFile`.
 */
export class A11yReporter implements Reporter {
  constructor(private readonly outputFile: string) {}

  onTestRunEnd(testModules: readonly TestModule[]): void {
    const summary: Record<string, { stories: number; needsReview: number } & Record<Impact, number>> = {};
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const reports = (test.meta() as { reports?: readonly AxeReport[] }).reports ?? [];
        const axe = reports.find((report) => report.type === 'a11y')?.result;
        if (!axe) continue;
        const row = (summary[test.project.name] ??= {
          stories: 0,
          needsReview: 0,
          critical: 0,
          serious: 0,
          moderate: 0,
          minor: 0,
        });
        row.stories += 1;
        row.needsReview += axe.incomplete?.length ?? 0;
        for (const violation of axe.violations ?? []) {
          const impact = IMPACTS.find((candidate) => candidate === violation.impact) ?? 'minor';
          row[impact] += 1;
        }
      }
    }
    const projects = Object.keys(summary).sort();
    if (projects.length === 0) return;
    console.log('\naxe over every story (violations by impact; serious/critical fail their story)');
    console.log('  project                     stories  critical  serious  moderate  minor  needs review');
    for (const name of projects) {
      const row = summary[name];
      if (!row) continue;
      console.log(
        `  ${name.padEnd(26)} ${String(row.stories).padStart(8)} ${String(row.critical).padStart(9)} ${String(row.serious).padStart(8)} ${String(row.moderate).padStart(9)} ${String(row.minor).padStart(6)} ${String(row.needsReview).padStart(13)}`,
      );
    }
    mkdirSync(dirname(this.outputFile), { recursive: true });
    writeFileSync(this.outputFile, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`  written to ${this.outputFile}`);
  }
}
