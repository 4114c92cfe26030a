import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { findSecurityGroups, type GroupSummary } from '../group-api.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { GraphErrorAlert } from '../../session/graph-error-alert.tsx';

/** Where the users go: a group to create (its name and description) or one that exists. */
export type GroupTarget =
  | { kind: 'new'; displayName: string; description: string }
  | { kind: 'existing'; group: GroupSummary | undefined };

/** Why members cannot be added to a group from here, or undefined when they can. */
export function unfillable(group: GroupSummary): string | undefined {
  if (group.isAssignableToRole)
    return 'Role-assignable: only a Privileged Role Administrator adds its members (group-post-members).';
  if (group.groupTypes.includes('DynamicMembership'))
    return 'Dynamic membership: its rule decides who is in it.';
  return undefined;
}

export function GroupTargetFields({
  target,
  onChange,
}: {
  target: GroupTarget;
  onChange: (target: GroupTarget) => void;
}) {
  const [lastNew, setLastNew] = useState(target.kind === 'new' ? target : undefined);
  return (
    <Stack spacing={2}>
      <RadioGroup
        value={target.kind}
        onChange={(event) =>
          event.target.value === 'existing'
            ? onChange({ kind: 'existing', group: undefined })
            : lastNew && onChange(lastNew)
        }
        aria-label="Which group"
      >
        <FormControlLabel value="new" control={<Radio />} label="Create a new security group" />
        <FormControlLabel
          value="existing"
          control={<Radio />}
          label="Add them to a security group that exists"
        />
      </RadioGroup>
      {target.kind === 'new' ? (
        <>
          <TextField
            label="Group name"
            value={target.displayName}
            required
            slotProps={{ htmlInput: { maxLength: 256, 'data-testid': 'group-name-input' } }}
            onChange={(event) => {
              const next = { ...target, displayName: event.target.value };
              setLastNew(next);
              onChange(next);
            }}
          />
          <TextField
            label="Description"
            value={target.description}
            multiline
            slotProps={{ htmlInput: { maxLength: 1024 } }}
            onChange={(event) => {
              const next = { ...target, description: event.target.value };
              setLastNew(next);
              onChange(next);
            }}
          />
        </>
      ) : (
        <ExistingGroupPicker
          chosen={target.group}
          onChoose={(group) => onChange({ kind: 'existing', group })}
        />
      )}
    </Stack>
  );
}

function ExistingGroupPicker({
  chosen,
  onChoose,
}: {
  chosen: GroupSummary | undefined;
  onChoose: (group: GroupSummary) => void;
}) {
  const [typed, setTyped] = useState('');
  const prefix = useDebouncedValue(typed.trim(), 300);
  const found = useQuery({
    queryKey: graphKeys.securityGroupsNamed(prefix),
    queryFn: ({ signal }) => findSecurityGroups(prefix, signal),
    enabled: prefix.length > 0,
    retry: false,
  });
  return (
    <Stack spacing={1}>
      <TextField
        label="Group name starts with"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
        slotProps={{ htmlInput: { 'data-testid': 'group-search-input' } }}
        helperText="Graph matches the start of the name, ignoring case."
      />
      {found.isError && <GraphErrorAlert error={found.error} />}
      {found.data && found.data.length === 0 && (
        <Typography variant="body2" role="status">
          No security group’s name starts with “{prefix}”.
        </Typography>
      )}
      {found.data && found.data.length > 0 && (
        <List dense aria-label="Security groups found" sx={{ maxHeight: 240, overflow: 'auto' }}>
          {found.data.map((group) => {
            const reason = unfillable(group);
            return (
              <ListItemButton
                key={group.id}
                selected={chosen?.id === group.id}
                disabled={Boolean(reason)}
                onClick={() => onChoose(group)}
                data-testid="group-option"
              >
                <ListItemText
                  primary={group.displayName}
                  secondary={reason ?? group.id}
                  slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
                />
              </ListItemButton>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
