import type { Meta, StoryObj } from '@storybook/react-vite';

import { ConsentBanner } from '../ConsentBanner/ConsentBanner';
import { withConsent } from '../stories/decorators';
import { ConsentGate } from './ConsentGate';

const meta = {
  title: 'Consent/ConsentGate',
  component: ConsentGate,
  decorators: [withConsent],
  args: { category: 'analytics' },
  render: (args) => (
    <>
      <ConsentGate {...args} fallback={<p>Analytics is off.</p>}>
        <p>Analytics is on.</p>
      </ConsentGate>
      <ConsentBanner />
    </>
  ),
} satisfies Meta<typeof ConsentGate>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
