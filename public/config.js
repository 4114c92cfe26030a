// Runtime configuration, read before the app starts. Edit this file on the web server to point the same
// build at a real tenant (see README, "Use a real tenant"); the defaults below are the local emulator's.
window.appConfig = {
  authorityOrigin: 'https://localhost:8443',
  tenant: 'organizations',
  clientId: '3e5e6a71-6e0c-4a7e-9c3e-2f0b6a1d8c55',
  graphBaseUrl: 'https://localhost:8443',
};
