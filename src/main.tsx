import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { StartupError } from './app/startup-error.tsx';
import { AuthProvider, initializeAuth } from './lib/auth/auth-provider.tsx';
import { createMsalInstance } from './lib/auth/msal-instance.ts';
import { configureGraphResource } from './lib/auth/scopes.ts';
import { setTokenProvider } from './lib/auth/token-provider.ts';
import { readAppConfig } from './lib/config.ts';
import { configureGraphClient } from './lib/graph/graph-client.ts';

const root = createRoot(document.getElementById('root') as HTMLElement);

async function start() {
  const config = readAppConfig(window.appConfig);
  configureGraphClient(config);
  configureGraphResource(config.graphBaseUrl);
  const msal = createMsalInstance(config);
  // MSAL must finish any returning redirect before the first render (MSAL samples' pattern).
  const { redirectError } = await initializeAuth(msal);
  setTokenProvider(msal);
  // As a transition, React renders the first page in slices it can interrupt rather than in one task: on a
  // slow phone the start no longer holds the main thread for half a second at a stretch.
  startTransition(() =>
    root.render(
      <StrictMode>
        <AuthProvider instance={msal} initialError={redirectError}>
          <App config={config} />
        </AuthProvider>
      </StrictMode>,
    ),
  );
}

start().catch((error: unknown) => root.render(<StartupError error={error} />));
