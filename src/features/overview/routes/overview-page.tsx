import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { SummaryScope } from '../../../lib/graph/query-keys.ts';
import {
  usersRegisteredByFeatureQuery,
  usersRegisteredByMethodQuery,
} from '../api/registration-summaries.ts';
import { FeatureTiles } from '../components/feature-tiles.tsx';
import { UsersByMethodCard } from '../components/users-by-method-card.tsx';

const ALL_USERS: SummaryScope = { userTypes: 'all', userRoles: 'all' };

/** Adoption at a glance: who can do MFA, SSPR and passwordless, and which methods people use. */
export function OverviewPage() {
  const features = useQuery(usersRegisteredByFeatureQuery(ALL_USERS));
  const methods = useQuery(usersRegisteredByMethodQuery(ALL_USERS));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1">
          Overview
        </Typography>
        <Typography color="text.secondary">
          Authentication-method registration across the tenant, from Microsoft Graph's registration reports.
        </Typography>
      </div>
      <FeatureTiles query={features} />
      <UsersByMethodCard query={methods} />
    </Stack>
  );
}

export default OverviewPage;
