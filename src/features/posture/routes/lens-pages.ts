// The SMS retirement and passkey lenses load as one chunk: the same readers, and one route's cost in the shell.
export { PasskeysPage } from './passkeys-page.tsx';
export { RetirementPage } from './retirement-page.tsx';
