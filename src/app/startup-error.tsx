/** Shown when the app cannot start at all (no config.js, MSAL failed to initialise): never a blank page. */
export function StartupError({ error }: { error: unknown }) {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '64px auto', padding: 16 }}>
      <h1>The dashboard could not start</h1>
      <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
      <p>
        Check config.js on the web server (authority, tenant, client id, Graph URL), then reload the page.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  );
}
