// jest-dom matchers (registered by the root vitest setup) for the component tests' types.
/// <reference types="@testing-library/jest-dom/vitest" />
