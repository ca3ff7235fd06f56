/** @jsxImportSource @emotion/react */
import type { Direction } from '@globalkit/i18n';
import type { ReactElement } from 'react';
import { expect } from 'vitest';

import { renderWithProviders } from './renderWithProviders';
import type { ProviderOptions } from './renderWithProviders';

/** Options of {@link expectMirrored}. */
export interface ExpectMirroredOptions extends Omit<ProviderOptions, 'dir'> {
  /** Width of the fixed container in CSS pixels. @defaultValue 480 */
  readonly width?: number | undefined;
  /** Allowed difference in pixels. @defaultValue 1 */
  readonly tolerance?: number | undefined;
}

interface PartBox {
  readonly part: string;
  readonly left: number;
  readonly right: number;
  readonly noMirror: boolean;
}

/**
 * The geometric mirror check (browser project only). Renders `renderFn` in
 * a fixed-width container twice — `dir="ltr"` and `dir="rtl"`, same locale
 * and strings so only direction differs — collects the box of every
 * `[data-part]` element, and asserts for each part
 * `left_rtl ≈ width − right_ltr` and `right_rtl ≈ width − left_ltr`
 * (within `tolerance`). Parts marked `data-no-mirror` are skipped.
 * Fails when no part is found or the two renders have different parts.
 */
export async function expectMirrored(
  renderFn: (dir: Direction) => ReactElement,
  { width = 480, tolerance = 1, ...providerOptions }: ExpectMirroredOptions = {},
): Promise<void> {
  const ltr = await measure(renderFn, 'ltr', width, providerOptions);
  const rtl = await measure(renderFn, 'rtl', width, providerOptions);
  expect(ltr.length, 'no [data-part] elements rendered').toBeGreaterThan(0);
  expect(
    rtl.map((box) => box.part),
    'ltr and rtl renders have different parts',
  ).toEqual(ltr.map((box) => box.part));
  const failures: string[] = [];
  ltr.forEach((l, index) => {
    const r = rtl[index];
    if (!r || l.noMirror) return;
    const expectedLeft = width - l.right;
    const expectedRight = width - l.left;
    if (Math.abs(r.left - expectedLeft) > tolerance || Math.abs(r.right - expectedRight) > tolerance) {
      failures.push(
        `part "${l.part}" #${index}: ltr [${l.left.toFixed(1)}, ${l.right.toFixed(1)}] → rtl [${r.left.toFixed(1)}, ${r.right.toFixed(1)}], expected [${expectedLeft.toFixed(1)}, ${expectedRight.toFixed(1)}]`,
      );
    }
  });
  expect(failures, `not mirrored in a ${width}px container:\n${failures.join('\n')}`).toEqual([]);
}

async function measure(
  renderFn: (dir: Direction) => ReactElement,
  dir: Direction,
  width: number,
  options: ProviderOptions,
): Promise<PartBox[]> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.style.position = 'relative';
  document.body.appendChild(container);
  const { unmount } = renderWithProviders(renderFn(dir), { ...options, dir, container });
  try {
    // Web fonts and layout settle before measuring.
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const origin = container.getBoundingClientRect();
    return Array.from(container.querySelectorAll<HTMLElement>('[data-part]'), (element) => {
      const rect = element.getBoundingClientRect();
      return {
        part: element.dataset['part'] ?? '',
        left: rect.left - origin.left,
        right: rect.right - origin.left,
        noMirror: element.closest('[data-no-mirror]') !== null,
      };
    });
  } finally {
    unmount();
    container.remove();
  }
}
