import MenuOutlined from '@mui/icons-material/MenuOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { useId, useRef, useState } from 'react';
import { NavList } from './nav-list.tsx';

/**
 * Below the width that keeps the navigation beside the page, a menu button opens it as a side sheet. The
 * sheet is the browser's own modal <dialog>: focus kept inside, Escape, the page made inert and focus handed
 * back on close come with it, and the shell carries no modal library (a lazy MUI Drawer split the shared
 * chunks and cost every route 1-2 kB).
 */
export function NavMenu() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const id = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <IconButton
        edge="start"
        color="inherit"
        aria-label="Open navigation"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
        sx={{ display: { md: 'none' }, mr: 1 }}
      >
        <MenuOutlined />
      </IconButton>
      <Box
        component="dialog"
        ref={dialog}
        id={id}
        aria-label="Navigation"
        onClose={() => setOpen(false)}
        // The sheet fills the dialog, so a click landing on the dialog itself is on the backdrop.
        onClick={(event) => event.target === event.currentTarget && close()}
        sx={{
          m: 0,
          p: 0,
          border: 0,
          inset: '0 auto 0 0',
          width: 280,
          maxWidth: '85vw',
          height: '100dvh',
          maxHeight: '100dvh',
          bgcolor: 'background.paper',
          color: 'text.primary',
          boxShadow: 16,
          '&::backdrop': { backgroundColor: 'rgba(0, 0, 0, 0.5)' },
        }}
      >
        <Box
          component="p"
          sx={(t) => ({
            ...t.mixins.toolbar,
            m: 0,
            px: 2,
            display: 'flex',
            alignItems: 'center',
            typography: 'h6',
            fontWeight: 600,
            borderBottom: 1,
            borderColor: 'divider',
          })}
        >
          Authentication methods
        </Box>
        <Box component="nav" aria-label="Main">
          <NavList onNavigate={close} />
        </Box>
      </Box>
    </>
  );
}
