import { describe, expect, it } from 'vitest';

import { markdownTable, withSection } from './benchmarksFile.mjs';

describe('withSection', () => {
  it('starts a file with the header and the section', () => {
    const text = withSection(undefined, 'size', '## Bundle sizes\n\n- 1 KB');
    expect(text).toMatch(/^# Benchmarks\n/);
    expect(text).toContain('<!-- section:size -->\n\n## Bundle sizes\n\n- 1 KB\n\n<!-- /section:size -->\n');
  });

  it('replaces only its own section and keeps the documented order', () => {
    let text = withSection(undefined, 'lighthouse', '## Lighthouse\n\nold');
    text = withSection(text, 'size', '## Sizes\n\nfirst');
    text = withSection(text, 'bench', '## Speed\n\nratios');
    text = withSection(text, 'size', '## Sizes\n\nsecond');
    expect(text).not.toContain('first');
    expect(text.indexOf('## Speed')).toBeLessThan(text.indexOf('## Sizes'));
    expect(text.indexOf('## Sizes')).toBeLessThan(text.indexOf('## Lighthouse'));
    expect(text.match(/<!-- section:size -->/g)).toHaveLength(1);
    expect(text).toContain('old');
  });

  it('keeps sections it does not know, after the known ones', () => {
    const text = withSection(withSection(undefined, 'custom-run', '## Custom'), 'bench', '## Speed');
    expect(text.indexOf('## Speed')).toBeLessThan(text.indexOf('## Custom'));
  });

  it('keeps the hand-written notes last when a command rewrites its section', () => {
    let text = withSection(undefined, 'lighthouse-notes', '## Reading the figures\n\nA against B');
    text = withSection(text, 'lighthouse', '## Lighthouse\n\nrun 1');
    text = withSection(text, 'lighthouse', '## Lighthouse\n\nrun 2');
    expect(text).toContain('A against B');
    expect(text.indexOf('run 2')).toBeLessThan(text.indexOf('A against B'));
  });

  it('refuses a section id that could break the markers', () => {
    expect(() => withSection(undefined, 'a -->', 'x')).toThrow(/section id "a -->": use a-z, 0-9 and -/);
  });
});

describe('markdownTable', () => {
  it('pads cells like Prettier and escapes pipes', () => {
    expect(markdownTable(['a', 'bb'], [['x|y', '1']])).toBe(
      ['| a    | bb  |', '| ---- | --- |', '| x\\|y | 1   |'].join('\n'),
    );
  });
});
