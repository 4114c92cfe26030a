// Runtime configuration, read before the app starts; the values below are the local emulator's. For a real
// tenant, write your own and build a site with it: npm run build:site -- path/to/config.js (README, "Use a
// real tenant").
window.appConfig = {
  authorityOrigin: 'https://localhost:8443',
  tenant: 'organizations',
  clientId: '3e5e6a71-6e0c-4a7e-9c3e-2f0b6a1d8c55',
  graphBaseUrl: 'https://localhost:8443',
};
