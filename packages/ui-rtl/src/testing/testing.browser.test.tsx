/** @jsxImportSource @emotion/react */
import { describe, expect, it } from 'vitest';

import { expectMirrored, expectNoAxeViolations, expectSsrHydrates, renderWithProviders } from '.';

// The helpers must catch what they exist to catch.
describe('test utilities', () => {
  it('expectMirrored rejects a layout that does not mirror (inline physical style)', async () => {
    await expect(
      expectMirrored(() => (
        <div>
          <span data-part="box" style={{ display: 'block', width: 40, marginLeft: 100 }} />
        </div>
      )),
    ).rejects.toThrow(/part "box"/);
  });

  it('expectMirrored skips parts marked data-no-mirror', async () => {
    await expectMirrored(() => (
      <div>
        <span data-part="box" data-no-mirror="" style={{ display: 'block', width: 40, marginLeft: 100 }} />
        <span data-part="logical" css={{ display: 'block', width: 40, marginInlineStart: 100 }} />
      </div>
    ));
  });

  it('expectMirrored fails when no part is marked', async () => {
    await expect(expectMirrored(() => <div />)).rejects.toThrow(/data-part/);
  });

  it('expectNoAxeViolations lists violation ids', async () => {
    const { container } = renderWithProviders(<button type="button" />);
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/button-name \(critical\)/);
  });

  it('expectSsrHydrates reports a hydration mismatch', async () => {
    function Unstable() {
      return <span>{typeof window === 'undefined' ? 'server' : String(Math.random())}</span>;
    }
    await expect(expectSsrHydrates(<Unstable />)).rejects.toThrow(/hydration/);
  });
});
