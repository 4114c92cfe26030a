import PhonelinkEraseOutlined from '@mui/icons-material/PhonelinkEraseOutlined';
import Button from '@mui/material/Button';
import { useMemo, useState } from 'react';
import { BulkDeleteDialog } from '../../../domain/auth-methods/bulk-delete/bulk-delete-dialog.tsx';
import type { RetirementUser } from '../../../domain/posture/sms-voice/retirement-summary.ts';
import { phoneCleanupTargets } from '../lib/phone-cleanup-targets.ts';

/**
 * The retirement campaign's clean-up: removes the SMS/voice phones of a cohort that keeps a strong method, with
 * the helpdesk's preview, role rule, typed confirmation and per-user results.
 */
export function RemovePhonesButton({ users }: { users: readonly RetirementUser[] }) {
  const [open, setOpen] = useState(false);
  const targets = useMemo(() => phoneCleanupTargets(users), [users]);
  if (targets.length === 0) return null;
  return (
    <>
      <Button
        size="small"
        startIcon={<PhonelinkEraseOutlined />}
        onClick={() => setOpen(true)}
        data-testid="remove-phones"
      >
        Remove their phones…
      </Button>
      {open && (
        <BulkDeleteDialog
          targets={targets}
          purpose="Removes the SMS and voice phones of users who keep Authenticator, an OATH code or a phishing-resistant method, so nobody relies on codes that stop on their retirement date (1 February 2027, or 1 July 2027 for Global Administrators and external users). Each user keeps their other methods."
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
