import { compile, middleware, prefixer, serialize, stringify } from 'stylis';
import type { Middleware } from 'stylis';
import stylisRtlPlugin from 'stylis-plugin-rtl';
import { describe, expect, it } from 'vitest';

import { mayFlip, rtlPlugin } from './rtlPlugin';

/** What an emotion RTL cache makes of `css`: plugin, prefixer, stringify (as in caches.ts). */
function mirror(css: string, plugin: Middleware): string {
  return serialize(compile(css), middleware([plugin, prefixer, stringify]));
}

/** Declarations covering every rewrite cssjanus knows, and look-alikes it leaves alone. */
const DECLARATIONS = [
  // left / right in properties and values
  'margin-left:4px',
  'padding-right:0',
  'left:0',
  'right:auto',
  'float:left',
  'clear:right',
  'text-align:left',
  'text-align:right!important',
  'border-left:1px solid red',
  'border-top-right-radius:4px',
  'transition:left 0.2s',
  'background:url(arrow-left.png)',
  'background-image:url("img/right.svg")',
  // direction and cursors
  'direction:ltr',
  'direction : rtl',
  'direction:RTL',
  'flex-direction:column',
  'flex-direction:row-reverse',
  'cursor:e-resize',
  'cursor:nw-resize',
  'cursor:col-resize',
  'cursor:sw-resize',
  'cursor:ew-resize',
  'resize:vertical',
  'resize:none',
  // four-value notations
  'margin:1px 2px 3px 4px',
  'margin:1px 2px 3px',
  'margin:0 auto',
  'padding:0 8px 0 16px',
  'padding:calc(1px + 2px) 0 0 4px',
  'padding:var(--a) var(--b) var(--c) var(--d)',
  'border-width:1px 2px 3px 4px',
  'border-color:red green blue black',
  'border-color:rgba(0, 0, 0, 0.5) red',
  'border-color:rgba(0,0,0,.5) red hsl(0 0% 0%) blue',
  'border-color:hsla(0, 0%, 0%, 0.5) #abc red #123456',
  'border-color:var(--a) var(--b) var(--c) var(--d)',
  'border-color:red green blue black!important',
  'border-color:\\72 ed green blue black',
  'outline-color:color-mix(in srgb, red 50%, blue)',
  'background-color:color-mix(in srgb, #111827 55%, transparent)',
  'background:color-mix(in srgb, #111827 55%, transparent)',
  'border-style:solid dashed dotted none',
  'scroll-margin:1px 2px 3px 4px',
  // border-radius groups
  'border-radius:4px',
  'border-radius:4px 0',
  'border-radius:1px 2px 3px 4px',
  'border-radius:4px / 2px',
  'border-radius:4px / 1px 2px',
  'border-radius:50%',
  // shadows and translation
  'box-shadow:0 1px 2px rgba(0,0,0,.2)',
  'box-shadow:0 12px 32px rgb(0 0 0 / 0.2)',
  'box-shadow:0px 4px 12px red',
  'box-shadow:-0 1px red',
  'box-shadow:0.0em 2px red',
  'box-shadow:inset 0 1px 0 #000',
  'box-shadow:none',
  'box-shadow:var(--gk-shadow)',
  'box-shadow:2px 1px 2px #000',
  'box-shadow:.5px 0 red',
  'box-shadow:0.05px 0 red',
  'box-shadow:10px 0 red',
  'box-shadow:+3px 0 red',
  'box-shadow:inset -1px 0 0 #000',
  'box-shadow:0 1px red, 4px 0 blue',
  'filter:drop-shadow(2px 0 red)',
  'text-shadow:1px 1px 0 red',
  'text-shadow:red 2px 0',
  'transform:translateX(10px)',
  'transform:translate(-4px, 2px) rotate(3deg)',
  'transform:rotate(45deg)',
  // background positions
  'background-position:10% 50%',
  'background:red 20% 0 no-repeat',
  'background-position-x:25%',
  'background-color:red',
  'background:linear-gradient(red, blue)',
  // nothing to mirror
  'color:red',
  'display:flex',
  'gap:8px',
  'font:600 1rem/1.5 "Noto Sans", sans-serif',
  'margin-inline-start:4px',
  'padding-block:2px 4px',
  'inset-inline-end:0',
  'border-inline-start:2px solid currentColor',
  'content:"\\2192"',
  'content:"left"',
  'outline:2px solid Highlight',
];

const SELECTORS = ['.gk-rtl-abc123', '.gk-rtl-abc123:hover', '.gk-rtl-left *', '.gk-rtl-x[data-side="left"]'];

/** A small seeded generator, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** Emotion-shaped style sheets: nested selectors, media and supports blocks, keyframes, comments. */
function randomSheet(next: () => number): string {
  const declarations = (count: number) =>
    Array.from({ length: count }, () => pick(next, DECLARATIONS)).join(';') + ';';
  const selector = pick(next, SELECTORS);
  const parts = [declarations(1 + Math.floor(next() * 4))];
  if (next() < 0.4) parts.push(`&:focus-visible{${declarations(2)}}`);
  if (next() < 0.3) parts.push(`@media (min-width: 40em){${declarations(2)}}`);
  if (next() < 0.2) parts.push(`@supports (display:grid){${declarations(1)}}`);
  if (next() < 0.2) parts.push(`/* @noflip */ ${pick(next, DECLARATIONS)};`);
  const sheet = `${selector}{${parts.join('')}}`;
  return next() < 0.15 ? `${sheet}@keyframes gk-spin{from{${declarations(1)}}to{${declarations(1)}}}` : sheet;
}

describe('rtlPlugin', () => {
  it('mirrors every declaration exactly as stylis-plugin-rtl does', () => {
    for (const declaration of DECLARATIONS) {
      for (const selector of SELECTORS) {
        const css = `${selector}{${declaration};}`;
        expect(mirror(css, rtlPlugin), css).toBe(mirror(css, stylisRtlPlugin));
      }
    }
  });

  it('matches stylis-plugin-rtl on 3000 generated style sheets', () => {
    const next = random(20261127);
    for (let sheet = 0; sheet < 3000; sheet += 1) {
      const css = randomSheet(next);
      expect(mirror(css, rtlPlugin), css).toBe(mirror(css, stylisRtlPlugin));
    }
  });

  it('still flips what needs flipping', () => {
    expect(mirror('.a{margin-left:4px;padding:0 8px 0 16px;}', rtlPlugin)).toBe(
      '.a{margin-right:4px;padding:0 16px 0 8px;}',
    );
    expect(mirror('.a{border-radius:1px 2px 3px 4px;}', rtlPlugin)).toBe(
      '.a{border-radius:2px 1px 4px 3px;}',
    );
  });

  it('skips the rules a logical-property design system is made of', () => {
    const skipped = [
      '.gk-rtl-1x2y{display:inline-flex;gap:8px;padding-inline:12px;border-radius:6px;}',
      '.gk-rtl-1x2y:hover{background-color:#0b57d0;color:#fff;}',
      '.gk-rtl-1x2y{margin:0 auto;padding:4px 8px;font:inherit;inset-inline-start:0;}',
      '.gk-rtl-1x2y{box-sizing:border-box;border:1px solid #767676;text-align:start;}',
      // Stack and Inline: every flex layout names flex-direction.
      '.gk-rtl-1x2y{display:flex;flex-direction:column;align-items:stretch;}',
      // Card, Popover, Dialog: one shadow layer with zero x offset (styleLint.ts).
      '.gk-rtl-1x2y{border-radius:0.75rem;box-shadow:0 1px 2px rgb(0 0 0 / 0.12);}',
      // Spinner, TextArea
      '@keyframes gk-spin{to{transform:rotate(360deg);}}',
      '.gk-rtl-1x2y{resize:vertical;min-block-size:2.5rem;}',
    ];
    for (const css of skipped) {
      const [rule] = compile(css);
      expect(rule && mayFlip(rule), css).toBe(false);
    }
  });
});
