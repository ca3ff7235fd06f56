import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { lintStyles } from './styleLint';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Every non-test source file under src/components, src/direction and src/styles. */
function componentSources(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.(ts|tsx)$/.test(entry.name) && !/\.(test|stories)\.|\.browser\.test\./.test(entry.name)
        ? [path]
        : [];
    });
  return ['components', 'direction', 'styles', 'theme'].flatMap((dir) => walk(join(SRC, dir)));
}

describe('style lint (patterns cssjanus cannot flip)', () => {
  it('finds component sources to scan', () => {
    expect(componentSources().length).toBeGreaterThan(5);
  });

  it('passes on every component source file', () => {
    const findings = componentSources().flatMap((file) =>
      lintStyles(relative(SRC, file), readFileSync(file, 'utf8')),
    );
    const report = findings.map((f) => `${f.file}:${f.line} [${f.rule}] ${f.why}\n    ${f.text}`).join('\n');
    expect(findings, report).toEqual([]);
  });

  it.each([
    ['multi-layer-box-shadow', "boxShadow: '0 1px 2px red, 0 2px 4px blue',"],
    ['box-shadow-x-offset', "boxShadow: '2px 1px 2px rgb(0 0 0 / 0.2)',"],
    ['translate-x', "transform: 'translateX(4px)',"],
    ['translate-x', "transform: 'translate3d(4px, 0, 0)',"],
    ['translate-x', "translate: '4px 0',"],
    ['inset-shorthand', "inset: '0 auto auto 0',"],
    ['var-calc-in-4-value-shorthand', "margin: 'var(--a) 0 0 var(--b)',"],
    ['var-calc-in-4-value-shorthand', "padding: '0 calc(1rem + 2px) 0 0',"],
    ['gradient-angle', "background: 'linear-gradient(90deg, red, blue)',"],
    ['gradient-angle', "background: 'linear-gradient(to right, red, blue)',"],
  ])('fails on a %s fixture with file and pattern', (rule, line) => {
    const findings = lintStyles('Fixture.tsx', `const styles = {\n  ${line}\n};`);
    expect(findings).toContainEqual(expect.objectContaining({ file: 'Fixture.tsx', line: 2, rule }));
  });

  it.each([
    "boxShadow: '0 4px 12px rgb(0 0 0 / 0.16)',",
    "transform: 'scaleX(-1)',",
    'insetInlineStart: 0,',
    "marginInline: 'var(--gap)',",
    "padding: '4px 8px',",
    "background: 'linear-gradient(red, blue)',",
  ])('accepts the safe form %s', (line) => {
    expect(lintStyles('Fixture.tsx', line)).toEqual([]);
  });

  it('honours an explicit style-lint-ignore comment', () => {
    expect(
      lintStyles('F.tsx', "transform: 'translateX(4px)', // style-lint-ignore: value is direction-aware"),
    ).toEqual([]);
  });
});
