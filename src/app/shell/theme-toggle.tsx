import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import { DeferredTooltip } from '../../components/deferred-tooltip.tsx';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
const LABEL = { system: 'Theme: follows the system', light: 'Theme: light', dark: 'Theme: dark' } as const;

/** Cycles system → light → dark; "system" follows the operating system's setting. */
export function ThemeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const icon =
    current === 'light' ? (
      <LightModeOutlined />
    ) : current === 'dark' ? (
      <DarkModeOutlined />
    ) : (
      <SettingsBrightnessOutlined />
    );
  return (
    <DeferredTooltip title={`${LABEL[current]} (click to change)`}>
      <IconButton
        color="inherit"
        onClick={() => setMode(NEXT[current])}
        aria-label={`${LABEL[current]}. Change theme`}
      >
        {icon}
      </IconButton>
    </DeferredTooltip>
  );
}
