import { createTheme } from '@mui/material/styles';

/** The theme is data: palette per scheme, typography and a few component defaults. */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#0f6cbd' },
        secondary: { main: '#5c2e91' },
        background: { default: '#f5f6f8', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#62abf5' },
        secondary: { main: '#c7a6f0' },
        background: { default: '#121417', paper: '#1b1e22' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h4: { fontSize: '1.75rem', fontWeight: 600 },
  },
  components: {
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiButton: { defaultProps: { disableElevation: true } },
    // Dialogs quote Graph codes, UPNs and numbers: long unbroken tokens wrap instead of being clipped on a phone.
    MuiDialogContent: { styleOverrides: { root: { overflowWrap: 'anywhere' } } },
  },
});
