import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useParams } from 'react-router';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { useOperatorRoles } from '../../../domain/session/use-operator-roles.ts';
import { rememberRecentUser } from '../../../domain/session/recent-users.ts';
import { userPageQuery } from '../api/user-page-data.ts';
import { AddPhoneDialog, type ExistingPhone } from '../components/add-phone-dialog.tsx';
import { DefaultMethodDialog } from '../components/default-method-dialog.tsx';
import { DeleteMethodDialog } from '../components/delete-method-dialog.tsx';
import { EmailDialog } from '../components/email-dialog.tsx';
import { IssueTapDialog } from '../components/issue-tap-dialog.tsx';
import { MethodActions, type MethodDialog } from '../components/method-actions.tsx';
import { MethodsSection } from '../components/methods-section.tsx';
import { RegistrationSummary } from '../components/registration-summary.tsx';
import { ReRegistrationWizard } from '../components/re-registration-wizard.tsx';
import { ResetPasswordDialog } from '../components/reset-password-dialog.tsx';
import { SmsSignInDialog } from '../components/sms-sign-in-dialog.tsx';
import { UserActions, type PageAction } from '../components/user-actions.tsx';
import { UserHeader } from '../components/user-header.tsx';
import type { TargetUser } from '../components/user-identity.ts';
import { UserNotFound } from '../components/user-not-found.tsx';
import { UserByUpn } from './user-by-upn.tsx';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import { accessFor, type Access } from '../../../domain/auth-methods/operator-access.ts';
import type { PhoneType } from '../lib/phone-number.ts';
import { resetPasswordVersion } from '../../../domain/auth-methods/reset-password-version.ts';
import { targetFacts } from '../../../domain/auth-methods/target-facts.ts';

type OpenDialog = MethodDialog | { type: Exclude<PageAction, 'phone' | 'email'> };

const CHECKING: Access = { allowed: false, reason: 'Checking your roles…' };

/**
 * One user's methods for the helpdesk. After sign-in the page makes exactly ONE HTTP request to Graph:
 * `POST /beta/$batch` carrying the user, their roles, methods, signInPreferences and registration
 * details (the token comes from MSAL's cache). Each part renders its own loading, error or empty state.
 * Dialogs mount only while open, so a pass or password shown in one is gone once it closes.
 */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The helpdesk home lists the users opened in this session: once the user is read, they are remembered. */
function useRememberOpened(
  id: string,
  user:
    | { ok: true; data: { displayName?: string | null; userPrincipalName?: string | null } }
    | { ok: false }
    | undefined,
) {
  const found = user?.ok ? user.data : undefined;
  const displayName = found ? found.displayName || found.userPrincipalName || id : undefined;
  const upn = found?.userPrincipalName ?? '';
  useEffect(() => {
    if (displayName !== undefined) rememberRecentUser({ id, displayName, upn });
  }, [id, displayName, upn]);
}

export function UserPage() {
  const { id = '' } = useParams();
  // Report events link by UPN; everything else by object id.
  return OBJECT_ID.test(id) ? <UserMethodsPage id={id} /> : <UserByUpn upn={id} />;
}

function UserMethodsPage({ id }: { id: string }) {
  const page = useQuery(userPageQuery(id));
  const me = useOperatorRoles();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reasonId = useId();
  useRememberOpened(id, page.data?.user);
  if (page.isError) return <GraphErrorAlert error={page.error} onRetry={() => void page.refetch()} />;
  const data = page.data;
  if (data && !data.user.ok && data.user.error.status === 404) return <UserNotFound id={id} />;

  const user: TargetUser | undefined = data?.user.ok
    ? {
        id: data.user.data.id ?? id,
        displayName: data.user.data.displayName || data.user.data.userPrincipalName || id,
        upn: data.user.data.userPrincipalName ?? '',
      }
    : undefined;
  const target = data ? targetFacts(data.roles, data.memberships) : undefined;
  // Unknown operator roles (the lookup failed) leave the decision to Graph; the dialog explains a 403.
  const access = (action: 'methods' | 'resetPassword') =>
    me.pending ? CHECKING : accessFor(me.operator, target, action);
  const methodAccess = access('methods');
  const methods = data?.methods.ok ? data.methods.data.value : [];
  const phones: ExistingPhone[] = methods
    .filter((m) => methodKindOf(m) === 'phone')
    .map((m) => m as { phoneType?: PhoneType; phoneNumber?: string })
    .filter((p): p is ExistingPhone => !!p.phoneType)
    .map((p) => ({ phoneType: p.phoneType, phoneNumber: p.phoneNumber ?? '' }));
  const preferences = data?.preferences.ok ? data.preferences.data : undefined;
  const emailAddress = methods
    .filter((m) => methodKindOf(m) === 'email')
    .map((m) => (m as { emailAddress?: string | null }).emailAddress ?? '')[0];
  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <Stack spacing={3}>
      <UserHeader user={data?.user} roles={data?.roles} />
      {user && (
        <UserActions
          methods={methodAccess}
          resetPassword={access('resetPassword')}
          methodsReasonId={reasonId}
          onAction={(action) => setDialog({ type: action })}
        />
      )}
      <RegistrationSummary result={data?.registration} />
      <MethodsSection
        methods={data?.methods}
        preferences={data?.preferences}
        actionFor={
          user
            ? (method, marks) => (
                <MethodActions
                  method={method}
                  marks={marks}
                  allowed={methodAccess.allowed}
                  reasonId={reasonId}
                  onOpen={setDialog}
                />
              )
            : undefined
        }
      />
      {user && dialog?.type === 'delete' && (
        <DeleteMethodDialog
          user={user}
          method={dialog.method}
          isDefault={dialog.isDefault}
          onClose={close}
          onDone={done}
        />
      )}
      {user && dialog?.type === 'tap' && (
        <IssueTapDialog
          user={user}
          hasExistingPass={methods.some((m) => methodKindOf(m) === 'temporaryAccessPass')}
          onClose={close}
        />
      )}
      {user && dialog?.type === 'resetPassword' && (
        <ResetPasswordDialog
          user={user}
          onClose={close}
          version={resetPasswordVersion(me.operator, target)}
        />
      )}
      {user && dialog?.type === 'phone' && (
        <AddPhoneDialog
          user={user}
          phones={phones}
          initialType={dialog.phoneType}
          onClose={close}
          onDone={done}
        />
      )}
      {user && dialog?.type === 'email' && (
        <EmailDialog user={user} existing={emailAddress} onClose={close} onDone={done} />
      )}
      {user && dialog?.type === 'smsSignIn' && (
        <SmsSignInDialog
          user={user}
          phoneNumber={dialog.phoneNumber}
          smsSignInState={dialog.smsSignInState}
          onClose={close}
          onDone={done}
        />
      )}
      {user && dialog?.type === 'defaultMethod' && (
        <DefaultMethodDialog
          user={user}
          methods={methods}
          preferences={preferences}
          onClose={close}
          onDone={done}
        />
      )}
      {user && dialog?.type === 'reRegister' && (
        <ReRegistrationWizard
          user={user}
          methods={methods}
          preferences={preferences}
          onClose={close}
          onDone={done}
          onIssueTap={() => setDialog({ type: 'tap' })}
        />
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={8000}
        onClose={(_, reason) => reason !== 'clickaway' && setNotice(null)}
      >
        <Alert severity="success" variant="filled" onClose={() => setNotice(null)} data-testid="page-notice">
          {notice}
        </Alert>
      </Snackbar>
    </Stack>
  );
}

export default UserPage;
