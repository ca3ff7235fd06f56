import type { GlobalkitI18n } from '@globalkit/i18n';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { withConsent } from '../stories/decorators';
import { ConsentBanner } from './ConsentBanner';

const meta = {
  title: 'Consent/ConsentBanner',
  component: ConsentBanner,
  decorators: [withConsent],
  args: { privacyPolicyHref: '#privacy' },
} satisfies Meta<typeof ConsentBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the toolbar `jurisdiction`. */
export const Default: Story = {};
/** GDPR (Germany): opt-in, Accept all and Reject all equally prominent. */
export const Gdpr: Story = { parameters: { consent: { jurisdiction: 'DE' } } };
/** CPRA (California) without Global Privacy Control: notice with an opt-out. */
export const Cpra: Story = { parameters: { consent: { jurisdiction: 'US-CA' } } };
/** CPRA with Global Privacy Control: the browser's signal is the opt-out, and the banner says so. */
export const CpraWithGpc: Story = { parameters: { consent: { jurisdiction: 'US-CA', gpc: true } } };
/** PIPL (China): separate consent for sensitive processing. */
export const Pipl: Story = { parameters: { consent: { jurisdiction: 'CN' } } };
/** PDPA (Singapore). */
export const Pdpa: Story = { parameters: { consent: { jurisdiction: 'SG' } } };
export const HealthDataPage: Story = { parameters: { consent: { jurisdiction: 'DE', healthData: true } } };

/**
 * Interaction: a GDPR visitor rejects everything. The two choices must be
 * the same size (no nudging), and the banner goes away once answered.
 */
export const RejectAll: Story = {
  parameters: { consent: { jurisdiction: 'DE' } },
  play: async ({ canvasElement, loaded }) => {
    const { i18n } = loaded as { i18n: GlobalkitI18n };
    const canvas = within(canvasElement);
    const accept = canvas.getByRole('button', { name: i18n.t('consent:action.acceptAll') });
    const reject = canvas.getByRole('button', { name: i18n.t('consent:action.rejectAll') });
    const [a, r] = [accept.getBoundingClientRect(), reject.getBoundingClientRect()];
    await expect(Math.abs(a.height - r.height)).toBeLessThanOrEqual(1);
    await expect(reject).toHaveAttribute('data-action', 'reject-all');
    await userEvent.click(reject);
    await waitFor(() =>
      expect(canvas.queryByRole('button', { name: i18n.t('consent:action.rejectAll') })).toBeNull(),
    );
  },
};
