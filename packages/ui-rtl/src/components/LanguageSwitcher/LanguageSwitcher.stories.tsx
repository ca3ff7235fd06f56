/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { withGlobalkit } from '../../stories/decorators';
import { LanguageSwitcher } from './LanguageSwitcher';

/** `REGIONS` me-south-1 (Bahrain) `languages` from @globalkit/regions. */
const ME_SOUTH_1 = ['ar', 'en-US', 'fa', 'he'] as const;

const meta = {
  title: 'UI/LanguageSwitcher',
  component: LanguageSwitcher,
  decorators: [withGlobalkit],
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
