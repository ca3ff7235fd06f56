import { expect, userEvent } from 'storybook/test';

/** What a `play` function receives that these helpers use. */
interface PlayContext {
  readonly canvasElement: HTMLElement;
}

/**
 * `play` for a focus-visible state story: Tab moves keyboard focus into the
 * story, so `:focus-visible` styles (the focus ring) show in the screenshot.
 */
export async function tabIntoStory({ canvasElement }: PlayContext): Promise<void> {
  await userEvent.tab();
  await expect(canvasElement.contains(document.activeElement)).toBe(true);
}

/** `play` for a hover state story: the pointer rests on the first button or link. */
export async function hoverFirstControl({ canvasElement }: PlayContext): Promise<void> {
  const target = canvasElement.querySelector<HTMLElement>('button, a');
  await expect(target).not.toBeNull();
  if (target) await userEvent.hover(target);
}
