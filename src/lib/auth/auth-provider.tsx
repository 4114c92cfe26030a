import { EventType, type AuthenticationResult, type IPublicClientApplication } from '@azure/msal-browser';
import { MsalProvider } from '@azure/msal-react';
import { createContext, useMemo, useState, type ReactNode } from 'react';

interface AuthErrorState {
  error: unknown;
  setError(error: unknown): void;
}

export const AuthErrorContext = createContext<AuthErrorState>({ error: undefined, setError: () => {} });

/** Finishes a returning redirect before the app renders, keeping one active account. */
export async function initializeAuth(msal: IPublicClientApplication): Promise<{ redirectError: unknown }> {
  await msal.initialize();
  msal.addEventCallback((event) => {
    if (
      (event.eventType === EventType.LOGIN_SUCCESS || event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS) &&
      event.payload
    ) {
      msal.setActiveAccount((event.payload as AuthenticationResult).account);
    }
  });
  let redirectError: unknown;
  try {
    const result = await msal.handleRedirectPromise();
    if (result?.account) msal.setActiveAccount(result.account);
  } catch (error) {
    redirectError = error;
  }
  if (!msal.getActiveAccount()) {
    const [first] = msal.getAllAccounts();
    if (first) msal.setActiveAccount(first);
  }
  return { redirectError };
}

export function AuthProvider({
  instance,
  initialError,
  children,
}: {
  instance: IPublicClientApplication;
  initialError: unknown;
  children: ReactNode;
}) {
  const [error, setError] = useState<unknown>(initialError);
  const value = useMemo(() => ({ error, setError }), [error]);
  return (
    <MsalProvider instance={instance}>
      <AuthErrorContext value={value}>{children}</AuthErrorContext>
    </MsalProvider>
  );
}
