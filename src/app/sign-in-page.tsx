import LockOutlined from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeSignInError } from '../lib/auth/sign-in-error.ts';
import { useAuth } from '../lib/auth/use-auth.ts';
import type { AppConfig } from '../lib/config.ts';

/** The page before sign-in; a failed or cancelled sign-in says what happened and offers a retry. */
export function SignInPage({ config }: { config: AppConfig }) {
  const { signIn, error, busy } = useAuth();
  const problem = error ? describeSignInError(error, config.authorityOrigin) : undefined;
  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <Card sx={{ maxWidth: 460, width: '100%' }}>
        <CardContent sx={{ p: 4 }}>
          <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
            <LockOutlined color="primary" fontSize="large" />
            <Typography variant="h4" component="h1">
              Authentication methods
            </Typography>
            <Typography color="text.secondary">
              See how your organisation signs in — MFA, self-service password reset and passwordless adoption
              — and help users with their methods.
            </Typography>
            {problem && (
              <Alert severity="error" sx={{ width: '100%', overflowWrap: 'anywhere' }} role="alert">
                <AlertTitle>{problem.title}</AlertTitle>
                {problem.detail}
                {problem.link && (
                  <Box sx={{ mt: 1 }}>
                    <Link href={problem.link} target="_blank" rel="noopener">
                      Open {problem.link}
                    </Link>
                  </Box>
                )}
              </Alert>
            )}
            <Button variant="contained" size="large" onClick={() => void signIn()} disabled={busy}>
              {problem ? 'Try signing in again' : 'Sign in'}
            </Button>
            <Typography variant="caption" color="text.secondary">
              Signs in with Microsoft Entra ID at {config.authorityOrigin}.
            </Typography>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
