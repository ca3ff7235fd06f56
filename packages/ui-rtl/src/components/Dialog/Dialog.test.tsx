/** @jsxImportSource @emotion/react */
import { afterEach, describe, expect, it } from 'vitest';

import { inertOutside, lockScroll } from './focusUtils';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.style.overflow = '';
});

describe('inertOutside', () => {
  it('marks the siblings on the path to <body> and undoes only its own marks', () => {
    document.body.innerHTML = `
      <main id="app"></main>
      <aside id="already" inert></aside>
      <div id="host"><div id="toast"></div><div id="layer"><div id="dialog"></div></div></div>`;
    const undo = inertOutside(document.getElementById('dialog') as HTMLElement);
    expect(document.getElementById('app')?.hasAttribute('inert')).toBe(true);
    expect(document.getElementById('toast')?.hasAttribute('inert')).toBe(true);
    expect(document.getElementById('layer')?.hasAttribute('inert')).toBe(false);
    expect(document.getElementById('host')?.hasAttribute('inert')).toBe(false);
    undo();
    expect(document.getElementById('app')?.hasAttribute('inert')).toBe(false);
    expect(document.getElementById('toast')?.hasAttribute('inert')).toBe(false);
    expect(document.getElementById('already')?.hasAttribute('inert')).toBe(true);
  });
});

describe('lockScroll', () => {
  it('is nest-safe and restores the original overflow after the last unlock', () => {
    document.documentElement.style.overflow = 'scroll';
    const outer = lockScroll();
    const inner = lockScroll();
    expect(document.documentElement.style.overflow).toBe('hidden');
    inner();
    inner(); // double release is harmless
    expect(document.documentElement.style.overflow).toBe('hidden');
    outer();
    expect(document.documentElement.style.overflow).toBe('scroll');
  });
});
