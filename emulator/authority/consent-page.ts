import { escapeHtml } from '../http/respond.ts';

/**
 * Entra's "Permissions requested" page: the app asks for Graph permissions this user (or the organisation) has
 * not consented to. Accepting posts the authorize request back with the signed-in user and `consent=accept`.
 */
export function consentPage(
  action: string,
  params: URLSearchParams,
  userPrincipalName: string,
  scopes: string[],
  forOrganisation: boolean,
): string {
  const hidden = hiddenFields(params);
  const list = scopes.map((s) => `<li><code>${escapeHtml(s)}</code></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Permissions requested · Entra emulator</title><link rel="stylesheet" href="/authority.css"></head>
<body><main><h1>Permissions requested</h1>
<p class="note">${escapeHtml(userPrincipalName)}</p>
<p>This app would like to use these Microsoft Graph permissions${forOrganisation ? ', consented on behalf of your organisation' : ''}:</p><ul class="scopes">${list}</ul>
<form method="post" action="${escapeHtml(action)}">${hidden}
<input type="hidden" name="persona" value="${escapeHtml(userPrincipalName)}">
<button type="submit" name="consent" value="accept" data-consent="accept">Accept</button>
<button type="submit" name="consent" value="cancel" data-consent="cancel" class="cancel">Cancel</button></form></main></body></html>`;
}

function hiddenFields(params: URLSearchParams): string {
  return [...params]
    .filter(([name]) => name !== 'persona' && name !== 'consent')
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
}

/**
 * Entra's "Need admin approval" page: the user may not consent to what the app asks. Going back tells the app
 * the user did not consent (access_denied), as Entra's "Return to the application" does.
 */
export function adminApprovalPage(
  action: string,
  params: URLSearchParams,
  userPrincipalName: string,
  message: string,
): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Need admin approval · Entra emulator</title><link rel="stylesheet" href="/authority.css"></head>
<body><main><h1>Need admin approval</h1>
<p class="note">${escapeHtml(userPrincipalName)}</p>
<p class="error">${escapeHtml(message)}</p>
<form method="post" action="${escapeHtml(action)}">${hiddenFields(params)}
<input type="hidden" name="persona" value="${escapeHtml(userPrincipalName)}">
<button type="submit" name="consent" value="cancel" data-consent="cancel">Back to the app</button></form></main></body></html>`;
}
