import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { GraphErrorAlert } from '../../../components/graph-error-alert.tsx';
import { userPageQuery } from '../api/user-page.ts';
import { MethodsSection } from '../components/methods-section.tsx';
import { RegistrationSummary } from '../components/registration-summary.tsx';
import { UserHeader } from '../components/user-header.tsx';
import { UserNotFound } from '../components/user-not-found.tsx';

/**
 * One user's methods for the helpdesk. After sign-in the page makes exactly ONE HTTP request to Graph:
 * `POST /beta/$batch` carrying the user, their roles, methods, signInPreferences and registration
 * details (the token comes from MSAL's cache). Each part renders its own loading, error or empty state.
 */
export function UserPage() {
  const { id = '' } = useParams();
  const page = useQuery(userPageQuery(id));
  if (page.isError) return <GraphErrorAlert error={page.error} onRetry={() => void page.refetch()} />;
  const data = page.data;
  if (data && !data.user.ok && data.user.error.status === 404) return <UserNotFound id={id} />;
  return (
    <Stack spacing={3}>
      <UserHeader user={data?.user} roles={data?.roles} />
      <RegistrationSummary result={data?.registration} />
      <MethodsSection methods={data?.methods} preferences={data?.preferences} />
    </Stack>
  );
}

export default UserPage;
