// jest-dom matchers (registered by the root vitest setup) for the tests' types.
/// <reference types="@testing-library/jest-dom/vitest" />
