import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { useAuth } from '../lib/auth/use-auth.ts';
import type { AppConfig } from '../lib/config.ts';
import { createQueryClient } from './query-client.ts';
import { router } from './router.tsx';
import { SignInPage } from './sign-in-page.tsx';
import { theme } from './theme.ts';

function SignedInGate({ config }: { config: AppConfig }) {
  const { account } = useAuth();
  return account ? <RouterProvider router={router} /> : <SignInPage config={config} />;
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
