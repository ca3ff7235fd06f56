/** @jsxImportSource @emotion/react */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';

import { Button } from '../Button/Button';
import { Text } from '../Text/Text';
import { Dialog } from './Dialog';
import type { DialogProps } from './Dialog';

const meta = {
  title: 'UI/Dialog',
  component: Dialog,
  args: {
    title: 'Rename file',
    description: 'The new name is visible to everyone in the workspace.',
    trigger: <Button>Rename…</Button>,
    children: (
      <label>
        Name <input defaultValue="report.pdf" />
      </label>
    ),
    footer: (
      <>
        <Button variant="secondary">Cancel</Button>
        <Button>Save</Button>
      </>
    ),
  },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Uncontrolled: the trigger opens it. */
export const Default: Story = {};
export const Open: Story = { args: { defaultOpen: true } };
function ControlledDemo(args: DialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete project</Button>
      <Dialog
        {...args}
        trigger={undefined}
        open={open}
        onOpenChange={setOpen}
        title="Delete project?"
        description="This cannot be undone."
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="danger" onClick={() => setOpen(false)}>
              Delete
            </Button>
          </>
        }
      />
    </>
  );
}

/** Controlled: the app owns `open`. */
export const Controlled: Story = { render: (args) => <ControlledDemo {...args} /> };
export const BackdropDoesNotClose: Story = { args: { defaultOpen: true, closeOnBackdropClick: false } };
export const LongContent: Story = {
  args: {
    defaultOpen: true,
    title: 'Terms of service for every region where the product is available',
    children: Array.from({ length: 30 }, (_, index) => (
      <Text as="p" key={index}>
        Paragraph {index + 1}: the terms apply in each of the seven regions.
      </Text>
    )),
  },
};
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: {
    defaultOpen: true,
    title: 'إعادة تسمية الملف',
    description: 'سيظهر الاسم الجديد لكل أعضاء مساحة العمل.',
    trigger: <Button>إعادة تسمية…</Button>,
    children: (
      <label>
        الاسم <input defaultValue="تقرير.pdf" />
      </label>
    ),
    footer: (
      <>
        <Button variant="secondary">إلغاء</Button>
        <Button>حفظ</Button>
      </>
    ),
  },
};

/**
 * Interaction: focus moves into the dialog, Tab and Shift+Tab stay inside
 * it (wrapping), Escape closes it and focus returns to the trigger.
 */
export const FocusTrap: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = within(canvasElement).getByRole('button', { name: 'Rename…' });
    await userEvent.click(trigger);
    const dialog = await body.findByRole('dialog');
    await expect(dialog.contains(document.activeElement)).toBe(true);
    const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('button, input'));
    await expect(focusable.length).toBeGreaterThanOrEqual(3);
    for (let step = 0; step < focusable.length + 1; step += 1) {
      await userEvent.tab();
      await expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await userEvent.tab({ shift: true });
    await expect(dialog.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect(body.queryByRole('dialog')).toBeNull();
    await expect(trigger).toHaveFocus();
  },
};
