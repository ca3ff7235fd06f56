// jest-dom matchers (toBeInTheDocument, toHaveAttribute, …) for dom and browser projects,
// and unmount after each test so tests never see each other's DOM.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
