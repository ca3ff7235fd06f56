import { afterEach, expect, inject } from 'vitest';
import { page } from 'vitest/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The locale this project renders every story in (see STORY_TEST_LOCALES). */
    storyLocale: string;
  }
}

/** Story tags that opt out of the screenshot (live data, timers): they still render, play and pass axe. */
const NO_SCREENSHOT_TAG = 'no-screenshot';

// Motion and carets make pixels depend on timing; a screenshot must depend only on layout.
// Setup files run again for every story file, which share one page (isolate: false): add the sheet once.
const FREEZE_ID = 'story-checks-freeze';
const freeze = document.getElementById(FREEZE_ID) ?? document.createElement('style');
freeze.id = FREEZE_ID;
freeze.textContent = `*, *::before, *::after {
  animation-duration: 0s !important; animation-delay: 0s !important;
  transition-duration: 0s !important; transition-delay: 0s !important;
  caret-color: transparent !important;
}
body { min-height: 100vh; margin: 0; }`;
document.head.append(freeze);

/**
 * After a story rendered and its `play` passed: screenshot the body, which fills
 * the viewport (fixed portals, dialogs and popovers included) and compare it with the
 * committed baseline `visual/baselines/<locale>/<story id>.png`.
 */
afterEach(async (context) => {
  const { storyId } = context.task.meta as { storyId?: string };
  if (!storyId || context.task.result?.state === 'fail') return;
  const story = (context as { story?: { tags: readonly string[] } }).story;
  if (story?.tags.includes(NO_SCREENSHOT_TAG)) return;
  await document.fonts.ready;
  await expect
    .element(page.elementLocator(document.body))
    .toMatchScreenshot(`${inject('storyLocale')}/${storyId}`);
});
