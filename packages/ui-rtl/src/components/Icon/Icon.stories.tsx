/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';

import { Inline } from '../Inline/Inline';
import { Icon } from './Icon';
import { ICON_NAMES } from './icons';

const meta = {
  title: 'UI/Icon',
  component: Icon,
  args: { name: 'arrowForward', size: 32 },
  argTypes: { name: { control: 'select', options: ICON_NAMES } },
} satisfies Meta<typeof Icon>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Single: Story = {};
export const Labelled: Story = { args: { labelled: true } };
/** Directional icons flip in RTL; the rest never do. */
export const Registry: Story = {
  render: (args) => (
    <Inline gap="lg">
      {ICON_NAMES.map((name) => (
        <Icon key={name} {...args} name={name} labelled />
      ))}
    </Inline>
  ),
};
export const RegistryArabic: Story = { ...Registry, parameters: { locale: 'ar' } };
