import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';

/** A results table's first cell: the user's name, their UPN under it, both free to wrap on a phone. */
export function UserNameCell({
  displayName,
  userPrincipalName,
}: {
  displayName: string;
  userPrincipalName: string;
}) {
  return (
    <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 140 }}>
      {displayName}
      <Typography variant="caption" color="text.secondary" component="div">
        {userPrincipalName}
      </Typography>
    </TableCell>
  );
}
