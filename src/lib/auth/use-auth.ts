import { InteractionStatus } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import { useCallback, useContext } from 'react';
import { AuthErrorContext } from './auth-provider.tsx';
import { probeAuthority } from './authority-metadata.ts';
import { graphScopes, SIGN_IN_SCOPES } from './scopes.ts';

export interface SignedInAccount {
  name: string;
  username: string;
  tenantId: string;
  objectId: string;
}

/** The one hook the app uses for who is signed in, signing in and signing out. */
export function useAuth() {
  const { instance, inProgress, accounts } = useMsal();
  const { error, setError } = useContext(AuthErrorContext);
  const active = instance.getActiveAccount() ?? accounts[0] ?? null;
  const account: SignedInAccount | null = active
    ? {
        name: active.name ?? active.username,
        username: active.username,
        tenantId: active.tenantId,
        objectId: active.localAccountId,
      }
    : null;

  const signIn = useCallback(async () => {
    setError(undefined);
    try {
      const { auth, system } = instance.getConfiguration();
      await probeAuthority(auth.authority, system.networkClient);
      await instance.loginRedirect({
        scopes: graphScopes(SIGN_IN_SCOPES),
        redirectStartPage: window.location.href,
      });
    } catch (e) {
      setError(e);
    }
  }, [instance, setError]);

  const signOut = useCallback(async () => {
    try {
      await instance.logoutRedirect({ account: active ?? undefined });
    } catch (e) {
      setError(e);
    }
  }, [instance, active, setError]);

  return { account, signIn, signOut, error, busy: inProgress !== InteractionStatus.None };
}
