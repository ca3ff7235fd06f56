/** @jsxImportSource @emotion/react */
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

import {
  expectMirrored,
  expectNoAxeViolations,
  expectSsrHydrates,
  mustQuery,
  renderWithProviders,
} from '../../testing';
import { Button } from '../Button/Button';
import { Heading } from '../Heading/Heading';
import { Card } from './Card';

const full = (
  <Card
    as="section"
    aria-labelledby="card-title"
    header={
      <Heading id="card-title" level={2} size="lg">
        Billing
      </Heading>
    }
    footer={
      <>
        <Button variant="secondary">Cancel</Button>
        <Button>Save</Button>
      </>
    }
  >
    Your plan renews on the first of the month.
  </Card>
);

describe.each(['en-US', 'ar'] as const)('Card (%s)', (locale) => {
  it('has no axe violations (plain, named section, article), light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { container, unmount } = renderWithProviders(
        <div>
          <Card>Plain</Card>
          {full}
          <Card as="article" elevation="lg" header={<Heading level={3}>Post</Heading>}>
            Body
          </Card>
        </div>,
        { locale, scheme },
      );
      await expectNoAxeViolations(container);
      unmount();
    }
  });

  it('keyboard: Tab moves through the footer actions in reading order', async () => {
    const onSave = vi.fn();
    renderWithProviders(
      <Card
        footer={
          <>
            <Button variant="secondary">Cancel</Button>
            <Button onClick={onSave}>Save</Button>
          </>
        }
      >
        Body
      </Card>,
      { locale },
    );
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('footer actions sit at the inline end', () => {
    renderWithProviders(full, { locale });
    const footer = mustQuery('[data-part="footer"]').getBoundingClientRect();
    const save = screen.getByRole('button', { name: 'Save' }).getBoundingClientRect();
    if (locale === 'ar') expect(save.left - footer.left).toBeLessThan(40);
    else expect(footer.right - save.right).toBeLessThan(40);
  });
});

describe('Card', () => {
  it('renders the chosen element; a labelled section is a region landmark', () => {
    renderWithProviders(full);
    expect(screen.getByRole('region', { name: 'Billing' }).tagName).toBe('SECTION');
  });

  it('renders header and footer only when given', () => {
    renderWithProviders(<Card data-testid="card">Only body</Card>);
    const card = screen.getByTestId('card');
    expect(card.tagName).toBe('DIV');
    expect(card.querySelector('[data-part="header"]')).toBeNull();
    expect(card.querySelector('[data-part="footer"]')).toBeNull();
    expect(mustQuery('[data-part="body"]', card)).toHaveTextContent('Only body');
  });

  it('uses the elevation token', () => {
    renderWithProviders(
      <Card elevation="md" data-testid="card">
        x
      </Card>,
    );
    const card = screen.getByTestId('card');
    expect(card).toHaveAttribute('data-elevation', 'md');
    expect(getComputedStyle(card).boxShadow).toContain('0px 4px 12px');
  });

  it('mirrors geometrically', async () => {
    await expectMirrored(() => full);
  });

  it('forwards ref to the root element', () => {
    const ref = createRef<HTMLElement>();
    renderWithProviders(
      <Card as="article" ref={ref}>
        x
      </Card>,
    );
    expect(ref.current?.tagName).toBe('ARTICLE');
  });

  it('accepts className and css overrides', () => {
    renderWithProviders(
      <Card className="custom" css={{ borderRadius: 0, paddingInlineStart: 24 }} data-testid="card">
        x
      </Card>,
      { locale: 'ar' },
    );
    const card = screen.getByTestId('card');
    expect(card).toHaveClass('custom');
    expect(getComputedStyle(card).borderTopRightRadius).toBe('0px');
    expect(getComputedStyle(card).paddingRight).toBe('24px');
  });

  it('a dir prop makes an LTR island in an Arabic page', () => {
    renderWithProviders(
      <Card dir="ltr" data-testid="card" footer={<Button>OK</Button>}>
        x
      </Card>,
      { locale: 'ar' },
    );
    const card = screen.getByTestId('card');
    expect(card).toHaveAttribute('dir', 'ltr');
    const ok = screen.getByRole('button').getBoundingClientRect();
    expect(card.getBoundingClientRect().right - ok.right).toBeLessThan(40);
  });

  it('hydrates server HTML without mismatch in both directions', async () => {
    await expectSsrHydrates(full);
  });
});
