/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';

import { Button } from '../Button/Button';
import { Inline } from '../Inline/Inline';
import { Menu } from './Menu';
import type { MenuItem } from './Menu';
import { Popover } from './Popover';

const items: MenuItem[] = [
  { value: 'edit', label: 'Edit', icon: 'check' },
  { value: 'duplicate', label: 'Duplicate' },
  { value: 'archive', label: 'Archive', disabled: true },
  { value: 'delete', label: 'Delete', danger: true },
];

const meta = {
  title: 'UI/Menu',
  component: Menu,
  args: { items, label: 'Actions' },
  argTypes: { placement: { control: 'inline-radio', options: ['bottom-start', 'bottom-end'] } },
} satisfies Meta<typeof Menu>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const IconOnly: Story = { args: { label: undefined } };
export const Open: Story = { args: { defaultOpen: true } };
export const LongItems: Story = {
  args: {
    defaultOpen: true,
    items: [
      { value: 'a', label: 'Export the whole workspace with all attachments as a ZIP archive' },
      ...items,
    ],
  },
};
export const InToolbar: Story = {
  render: (args) => (
    <Inline justify="between">
      <Button>Save</Button>
      <Menu {...args} label={undefined} placement="bottom-end" />
    </Inline>
  ),
};
function PopoverDemo() {
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button ref={anchor} aria-expanded={open} onClick={() => setOpen(!open)}>
        Filters
      </Button>
      <Popover anchorRef={anchor} open={open} onOpenChange={setOpen} role="dialog" aria-label="Filters">
        <label css={{ display: 'block', paddingBlock: '0.5rem', paddingInline: '1rem' }}>
          <input type="checkbox" /> Only mine
        </label>
      </Popover>
    </>
  );
}

/** The lower-level anchored, non-modal Popover. */
export const PopoverExample: Story = { render: () => <PopoverDemo /> };
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: {
    label: 'إجراءات',
    items: [
      { value: 'edit', label: 'تعديل', icon: 'check' },
      { value: 'duplicate', label: 'تكرار' },
      { value: 'delete', label: 'حذف', danger: true },
    ],
  },
};
