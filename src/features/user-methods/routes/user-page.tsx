import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import { useEffect, useId, useState } from 'react';
import { useParams } from 'react-router';
import { GraphErrorAlert } from '../../../domain/session/graph-error-alert.tsx';
import { rememberRecentUser } from '../../../domain/session/recent-users.ts';
import { AddPhoneDialog } from '../components/add-phone-dialog.tsx';
import { useUserPageFigures } from '../api/use-user-page-figures.ts';
import { DefaultMethodDialog } from '../components/default-method-dialog.tsx';
import { DeleteMethodDialog } from '../components/delete-method-dialog.tsx';
import { EmailDialog } from '../components/email-dialog.tsx';
import { IssueTapDialog } from '../components/issue-tap-dialog.tsx';
import { MethodActions, type MethodDialog } from '../components/method-actions.tsx';
import { usePasskeyVerdict } from '../api/use-passkey-verdict.ts';
import { MethodsSection } from '../components/methods-section.tsx';
import { RegistrationSummary } from '../components/registration-summary.tsx';
import { ReRegistrationWizard } from '../components/re-registration-wizard.tsx';
import { ResetPasswordDialog } from '../components/reset-password-dialog.tsx';
import { SecurityInfoHistory } from '../components/security-info-history.tsx';
import { SignInUseCard } from '../components/sign-in-use-card.tsx';
import { SmsSignInDialog } from '../components/sms-sign-in-dialog.tsx';
import { UserActions, type PageAction } from '../components/user-actions.tsx';
import { UserHeader } from '../components/user-header.tsx';
import { UserNotFound } from '../components/user-not-found.tsx';
import { UserByUpn } from './user-by-upn.tsx';

type OpenDialog = MethodDialog | { type: Exclude<PageAction, 'phone' | 'email'> };

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
  const figures = useUserPageFigures(id);
  const { page, user, methodAccess, methods, phones, preferences, emailAddress } = figures;
  const data = page.data;
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reasonId = useId();
  const groupsPart = data?.groups;
  const groups =
    groupsPart?.ok && !groupsPart.data['@odata.nextLink']
      ? new Map(groupsPart.data.value.flatMap((g) => (g.id ? [[g.id, g.displayName || g.id] as const] : [])))
      : undefined;
  const passkeyVerdict = usePasskeyVerdict(
    user?.id,
    data?.methods.ok ? data.methods.data.value : undefined,
    groups,
    groupsPart !== undefined && groups === undefined,
  );
  useRememberOpened(id, page.data?.user);
  if (page.isError) return <GraphErrorAlert error={page.error} onRetry={() => void page.refetch()} />;
  if (data && !data.user.ok && data.user.error.status === 404) return <UserNotFound id={id} />;
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
          resetPassword={figures.resetPasswordAccess}
          methodsReasonId={reasonId}
          onAction={(action) => setDialog({ type: action })}
        />
      )}
      <RegistrationSummary result={data?.registration} />
      <MethodsSection
        methods={data?.methods}
        preferences={data?.preferences}
        passkeyVerdict={passkeyVerdict}
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
      {user && <SignInUseCard userId={user.id} methods={data?.methods.ok ? methods : undefined} />}
      {user && <SecurityInfoHistory userId={user.id} />}
      {user && dialog?.type === 'delete' && (
        <DeleteMethodDialog
          user={user}
          method={dialog.method}
          isDefault={dialog.isDefault}
          replacing={dialog.replace}
          onClose={close}
          onDone={(message) => {
            done(message);
            // A lost key's replacement: straight on to the onboarding, the old key gone from its "before".
            if (dialog.replace) setDialog({ type: 'passkey' });
          }}
        />
      )}
      {user && dialog?.type === 'tap' && (
        <IssueTapDialog user={user} hasExistingPass={figures.hasPass} onClose={close} />
      )}
      {user && dialog?.type === 'passkey' && (
        <IssueTapDialog user={user} hasExistingPass={figures.hasPass} onClose={close} onboarding />
      )}
      {user && dialog?.type === 'resetPassword' && (
        <ResetPasswordDialog user={user} onClose={close} version={figures.resetPasswordVersion} />
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
