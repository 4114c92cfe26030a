import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { StartupError } from './app/startup-error.tsx';
import { AuthProvider, initializeAuth } from './lib/auth/auth-provider.tsx';
import { createMsalInstance } from './lib/auth/msal-instance.ts';
import { setTokenProvider } from './lib/auth/token-provider.ts';
import { readAppConfig } from './lib/config.ts';
import { configureGraphClient } from './lib/graph/graph-client.ts';

const root = createRoot(document.getElementById('root') as HTMLElement);

async function start() {
  const config = readAppConfig(window.appConfig);
  configureGraphClient(config);
  const msal = createMsalInstance(config);
  // MSAL must finish any returning redirect before the first render (MSAL samples' pattern).
  const { redirectError } = await initializeAuth(msal);
  setTokenProvider(msal);
  root.render(
    <StrictMode>
      <AuthProvider instance={msal} initialError={redirectError}>
        <App config={config} />
      </AuthProvider>
    </StrictMode>,
  );
}

start().catch((error: unknown) => root.render(<StartupError error={error} />));
