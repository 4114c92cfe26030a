import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DirectoryRole } from '@microsoft/microsoft-graph-types-beta';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import type { BatchResult } from '../../../lib/graph/graph-batch.ts';
import type { UserHeaderData } from '../api/user-page-data.ts';
import { adminRolesOf } from '../../../domain/auth-methods/user-roles.ts';

// Names can be 5,000 characters or carry RTL overrides: isolate them and cap at two lines.
const clamp = (lines: number) =>
  ({
    display: '-webkit-box',
    WebkitLineClamp: lines,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
    unicodeBidi: 'isolate',
  }) as const;

function Roles({ roles }: { roles: BatchResult<{ value: DirectoryRole[] }> }) {
  if (!roles.ok)
    return (
      <GraphErrorAlert
        error={roles.error}
        accessHint="Reading a user's roles needs RoleManagement.Read.Directory."
      />
    );
  const admin = adminRolesOf(roles.data.value);
  if (admin.length === 0)
    return (
      <Typography variant="body2" color="text.secondary" data-testid="user-roles">
        No admin roles
      </Typography>
    );
  // What these roles mean for the operator is the Actions card's to say, once (operator-access.ts).
  return (
    <Stack spacing={1}>
      <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }} data-testid="user-roles">
        {admin.map((role) => (
          <Chip
            key={role.templateId ?? role.name}
            icon={<AdminPanelSettingsOutlined />}
            label={role.name}
            size="small"
          />
        ))}
      </Stack>
    </Stack>
  );
}

export function UserHeader({
  user,
  roles,
}: {
  user: BatchResult<UserHeaderData> | undefined;
  roles: BatchResult<{ value: DirectoryRole[] }> | undefined;
}) {
  if (!user)
    return (
      <Card aria-busy="true" aria-label="Loading user">
        <CardContent>
          <Skeleton variant="text" width="40%" height={44} />
          <Skeleton variant="text" width="30%" />
          <Skeleton variant="text" width="20%" />
        </CardContent>
      </Card>
    );
  if (!user.ok) return <GraphErrorAlert error={user.error} />;
  const u = user.data;
  const secondary = [u.jobTitle, u.department].filter(Boolean).join(' · ');
  return (
    <Card>
      <CardContent>
        <Stack spacing={1.5}>
          <div>
            <Typography variant="h4" component="h1" dir="auto" sx={clamp(2)} data-testid="user-name">
              {u.displayName || u.userPrincipalName || u.id}
            </Typography>
            <Typography color="text.secondary" dir="auto" sx={clamp(1)} data-testid="user-upn">
              {u.userPrincipalName}
            </Typography>
            {secondary && (
              <Typography variant="body2" color="text.secondary" dir="auto" sx={clamp(1)}>
                {secondary}
              </Typography>
            )}
          </div>
          <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
            {u.accountEnabled === false ? (
              <Chip label="Account disabled" color="warning" size="small" data-testid="account-state" />
            ) : u.accountEnabled ? (
              <Chip
                label="Account enabled"
                color="success"
                variant="outlined"
                size="small"
                data-testid="account-state"
              />
            ) : (
              <Chip label="Account state unknown" size="small" data-testid="account-state" />
            )}
            {u.userType === 'Guest' && <Chip label="Guest" size="small" variant="outlined" />}
          </Stack>
          {roles ? <Roles roles={roles} /> : <Skeleton width={200} />}
        </Stack>
      </CardContent>
    </Card>
  );
}
