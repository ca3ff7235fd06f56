/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { LanguageSwitcher } from './LanguageSwitcher';

/** `REGIONS` me-south-1 (Bahrain) `languages` from @globalkit/regions. */
const ME_SOUTH_1 = ['ar', 'en-US', 'fa', 'he'] as const;

const meta = {
  title: 'UI/LanguageSwitcher',
  component: LanguageSwitcher,
  args: { variant: 'full', align: 'end' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    align: { control: 'inline-radio', options: ['start', 'end'] },
  },
  // The popup opens below, aligned to the end of the trigger: give it room, as a header would.
  render: (args) => (
    <div css={{ display: 'flex', justifyContent: 'flex-end', minBlockSize: '26rem' }}>
      <LanguageSwitcher {...args} />
    </div>
  ),
} satisfies Meta<typeof LanguageSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};
export const Open: Story = { args: { defaultOpen: true } };
export const Compact: Story = { args: { variant: 'compact' } };
export const CompactOpen: Story = { args: { variant: 'compact', defaultOpen: true } };
export const WithRegionOrdering: Story = {
  name: 'With region ordering (me-south-1)',
  args: { priorityLocales: ME_SOUTH_1, defaultOpen: true },
};
export const VisibleLabel: Story = { args: { showLabel: true } };
export const Disabled: Story = { args: { disabled: true } };
export const Arabic: Story = { parameters: { locale: 'ar' }, args: { defaultOpen: true } };
export const ArabicCompactWithRegion: Story = {
  parameters: { locale: 'ar' },
  args: { variant: 'compact', priorityLocales: ME_SOUTH_1, defaultOpen: true },
};

/**
 * Interaction (APG select-only combobox): Enter opens on the current
 * language, arrows move the active option, Escape closes without choosing
 * and focus never leaves the combobox. Locale-independent: it asserts roles
 * and `aria-*` state, not names.
 */
export const KeyboardWalkthrough: Story = {
  play: async ({ canvasElement }) => {
    const combobox = within(canvasElement).getByRole('combobox');
    combobox.focus();
    await userEvent.keyboard('{Enter}');
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const listbox = await within(canvasElement.ownerDocument.body).findByRole('listbox');
    const active = () => combobox.getAttribute('aria-activedescendant');
    const options = within(listbox).getAllByRole('option');
    // Opens on the current language; a pseudo-locale is not in the list, so then on the first.
    const current = within(listbox).queryByRole('option', { selected: true }) ?? options[0];
    await expect(active()).toBe(current?.id);
    await userEvent.keyboard('{ArrowDown}');
    await expect(active()).not.toBe(current?.id);
    await userEvent.keyboard('{End}');
    await expect(active()).toBe(options.at(-1)?.id);
    await userEvent.keyboard('{Home}');
    await expect(active()).toBe(options[0]?.id);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(combobox).toHaveAttribute('aria-expanded', 'false'));
    await expect(combobox).toHaveFocus();
  },
};
