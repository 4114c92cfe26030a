import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useAuth } from '../lib/auth/use-auth.ts';
import type { AppConfig } from '../lib/config.ts';
import { createQueryClient } from './query-client.ts';
import { AppRouter } from './router.tsx';
import { theme } from './theme.ts';

// Only a signed-out visitor sees it: a returning operator's first page should not wait for it.
const SignInPage = lazy(() => import('./sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));

function SignedInGate({ config }: { config: AppConfig }) {
  const { account } = useAuth();
  return account ? (
    <AppRouter />
  ) : (
    <Suspense fallback={null}>
      <SignInPage config={config} />
    </Suspense>
  );
}

export function App({ config }: { config: AppConfig }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={queryClient}>
        <SignedInGate config={config} />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
