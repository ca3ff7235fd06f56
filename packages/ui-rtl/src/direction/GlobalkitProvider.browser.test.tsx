/** @jsxImportSource @emotion/react */
import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../testing';
import { useDirection, useTheme } from './GlobalkitContext';
import { GlobalkitProvider } from './GlobalkitProvider';
import { Portal, usePortalContainer } from './Portal';

/** Uses a physical property on purpose: the RTL cache must flip it. */
function Probe({ testId = 'probe' }: { testId?: string }) {
  const dir = useDirection();
  return (
    <div data-testid={testId} data-dir={dir} css={{ paddingLeft: 10, marginRight: 3 }}>
      {dir}
    </div>
  );
}

const padding = (element: Element) => {
  const style = getComputedStyle(element);
  return { left: style.paddingLeft, right: style.paddingRight };
};

describe('GlobalkitProvider', () => {
  it('renders a root <div dir lang> from the locale and uses the LTR cache', () => {
    renderWithProviders(<Probe />);
    const probe = screen.getByTestId('probe');
    expect(probe.closest('[data-gk-root]')).toHaveAttribute('dir', 'ltr');
    expect(probe.closest('[data-gk-root]')).toHaveAttribute('lang', 'en-US');
    expect(probe.className).toMatch(/^gk-ltr-/);
    expect(padding(probe)).toEqual({ left: '10px', right: '0px' });
  });

  it('mirrors at runtime when the locale switches ar ↔ en, with no stale LTR rules', async () => {
    const { i18n } = renderWithProviders(<Probe />);
    const probe = () => screen.getByTestId('probe');
    await act(async () => {
      await i18n.setLocale('ar');
    });
    expect(probe().closest('[data-gk-root]')).toHaveAttribute('dir', 'rtl');
    expect(probe().closest('[data-gk-root]')).toHaveAttribute('lang', 'ar');
    expect(probe().className).toMatch(/^gk-rtl-/);
    expect(probe().className).not.toMatch(/gk-ltr/);
    expect(padding(probe())).toEqual({ left: '0px', right: '10px' });
    expect(getComputedStyle(probe()).marginLeft).toBe('3px');
    await act(async () => {
      await i18n.setLocale('en-US');
    });
    expect(probe().className).toMatch(/^gk-ltr-/);
    expect(padding(probe())).toEqual({ left: '10px', right: '0px' });
  });

  it('keeps a nested dir="ltr" island LTR inside Arabic', () => {
    renderWithProviders(
      <>
        <Probe testId="outer" />
        <GlobalkitProvider dir="ltr">
          <Probe testId="inner" />
        </GlobalkitProvider>
      </>,
      { locale: 'ar' },
    );
    expect(screen.getByTestId('outer')).toHaveAttribute('data-dir', 'rtl');
    expect(screen.getByTestId('inner')).toHaveAttribute('data-dir', 'ltr');
    expect(screen.getByTestId('inner').closest('[data-gk-root]')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByTestId('inner').closest('[data-gk-root]')).toHaveAttribute('lang', 'ar');
    expect(padding(screen.getByTestId('inner'))).toEqual({ left: '10px', right: '0px' });
  });

  it('falls back to en-US, ltr and the light theme without an I18nProvider', () => {
    render(
      <GlobalkitProvider loadFonts={false}>
        <Probe />
      </GlobalkitProvider>,
    );
    const root = screen.getByTestId('probe').closest('[data-gk-root]');
    expect(root).toHaveAttribute('dir', 'ltr');
    expect(root).toHaveAttribute('lang', 'en-US');
    expect(root).toHaveAttribute('data-scheme', 'light');
  });

  it('applies script-aware typography (taller Arabic line-height)', () => {
    renderWithProviders(<Probe />, { locale: 'ar' });
    const root = screen.getByTestId('probe').closest('[data-gk-root]') as HTMLElement;
    expect(getComputedStyle(root).fontFamily).toMatch(/^"Noto Sans Arabic"/);
    expect(
      parseFloat(getComputedStyle(root).lineHeight) / parseFloat(getComputedStyle(root).fontSize),
    ).toBeCloseTo(1.8, 1);
  });

  it('renders portals into a body container that mirrors dir, lang, cache and theme', async () => {
    function Capture() {
      const host = usePortalContainer();
      return <output>{host?.parentElement === document.body ? 'in body' : 'none'}</output>;
    }
    const { i18n } = renderWithProviders(
      <>
        <Capture />
        <Portal>
          <Probe testId="portaled" />
        </Portal>
      </>,
      { scheme: 'dark' },
    );
    const portaled = screen.getByTestId('portaled');
    expect(screen.getByRole('status')).toHaveTextContent('in body');
    const container = portaled.closest('[data-gk-portal]');
    expect(container).toHaveAttribute('dir', 'ltr');
    expect(portaled.closest('[data-gk-root]')).toBeNull();
    expect(portaled.closest('[data-gk-portal]')?.parentElement).toBe(document.body);
    await act(async () => {
      await i18n.setLocale('ar');
    });
    const moved = screen.getByTestId('portaled');
    expect(container).toHaveAttribute('dir', 'rtl');
    expect(container).toHaveAttribute('lang', 'ar');
    expect(moved.closest('[data-gk-portal-root]')).toHaveAttribute('dir', 'rtl');
    expect(moved.className).toMatch(/^gk-rtl-/);
    expect(padding(moved)).toEqual({ left: '0px', right: '10px' });
    // Dark theme text color reaches the portal.
    expect(getComputedStyle(moved).color).toBe('rgb(243, 244, 246)');
  });

  it('mounts without re-rendering the components that read direction or theme', async () => {
    // The portal container appears after the first commit; it once re-rendered the whole
    // tree below the provider, synchronously, on every page load.
    const renders: string[] = [];
    function ReadsTheme() {
      renders.push(`${useDirection()} ${useTheme().scheme}`);
      return null;
    }
    function Capture() {
      return <output>{usePortalContainer()?.parentElement === document.body ? 'in body' : 'none'}</output>;
    }
    render(
      <GlobalkitProvider dir="rtl" loadFonts={false}>
        <ReadsTheme />
        <Capture />
      </GlobalkitProvider>,
    );
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.getByRole('status')).toHaveTextContent('in body');
    expect(renders).toEqual(['rtl light']);
  });

  it('mounts in one commit: creating the portal container re-renders only what reads it', async () => {
    // The container is created after the first commit. When it was a context value, its
    // arrival re-rendered the provider, synchronously: a second commit on every page load.
    const commits: string[] = [];
    const mount = (children: ReactNode) =>
      render(
        <Profiler id="app" onRender={(_id, phase) => commits.push(phase)}>
          <GlobalkitProvider dir="rtl" loadFonts={false}>
            {children}
          </GlobalkitProvider>
        </Profiler>,
      );
    const { unmount } = mount(<p>no portal here</p>);
    await act(async () => {
      await Promise.resolve();
    });
    expect(document.querySelectorAll('[data-gk-portal]')).toHaveLength(1);
    expect(commits).toEqual(['mount']);

    // A reader still gets the container, and loses it when the provider goes.
    unmount();
    expect(document.querySelectorAll('[data-gk-portal]')).toHaveLength(0);
    function Capture() {
      return <output>{usePortalContainer()?.getAttribute('dir') ?? 'none'}</output>;
    }
    mount(<Capture />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.getByRole('status')).toHaveTextContent('rtl');
  });

  it('passes the CSP nonce to the style elements it inserts', () => {
    render(
      <GlobalkitProvider nonce="n0nce-abc" dir="rtl" loadFonts={false}>
        <div css={{ paddingLeft: 7 }}>nonce</div>
      </GlobalkitProvider>,
    );
    const styles = document.querySelectorAll('style[data-emotion^="gk-rtl"]');
    expect([...styles].some((style) => style.getAttribute('nonce') === 'n0nce-abc')).toBe(true);
  });
});
