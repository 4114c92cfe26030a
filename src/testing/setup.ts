// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); matchers load everywhere.
import '@testing-library/jest-dom/vitest';
