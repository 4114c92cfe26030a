import { useColorScheme, useTheme, type CssVarsTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';

/**
 * Colours for SVG charts in the scheme in use: SVG attributes cannot read the theme's CSS variables,
 * so charts take concrete values from the active scheme's palette.
 */
export function useChartPalette() {
  const theme = useTheme();
  const { colorScheme } = useColorScheme();
  const palette =
    (theme as unknown as CssVarsTheme).colorSchemes[colorScheme ?? 'light']?.palette ?? theme.palette;
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));
  return { palette, narrow, tick: { fill: palette.text.secondary, fontSize: narrow ? 11 : 12 } };
}
