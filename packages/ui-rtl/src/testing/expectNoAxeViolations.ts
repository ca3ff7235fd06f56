import axe from 'axe-core';
import type { RunOptions } from 'axe-core';

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA rules) on an element and throws listing
 * every violation (id, impact, help, offending nodes). The `region` rule
 * is off by default: a component tested alone is not a page.
 */
export async function expectNoAxeViolations(container: Element, options: RunOptions = {}): Promise<void> {
  const results = await axe.run(container, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    resultTypes: ['violations'],
    ...options,
    rules: { region: { enabled: false }, ...options.rules },
  });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
        violation.nodes
          .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
  throw new Error(`axe found ${results.violations.length} accessibility violation(s):\n${report}`);
}
