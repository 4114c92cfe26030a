import { escapeHtml } from '../http/respond.ts';
import { PERSONAS, personaUpn } from '../tenant/personas.ts';
import { ROLE_NAMES, type RoleTemplateId } from '../tenant/roles.ts';

/** The emulator's sign-in page: one button per demo persona, carrying the authorize request along. */
export function personaPage(
  action: string,
  params: URLSearchParams,
  domain: string,
  message?: string,
): string {
  const hidden = [...params]
    .filter(([name]) => name !== 'persona')
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const buttons = PERSONAS.map((p) => {
    const roles = p.roles.map((r) => ROLE_NAMES[r as RoleTemplateId]).join(', ') || 'No admin role';
    return `<li><button type="submit" name="persona" value="${p.id}" data-persona="${p.id}">
      <span class="label">${escapeHtml(p.label)}</span>
      <span class="who">${escapeHtml(p.displayName)} · ${escapeHtml(personaUpn(p, domain))}</span>
      <span class="roles">${escapeHtml(roles)}</span></button></li>`;
  }).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sign in · Entra emulator</title><link rel="stylesheet" href="/authority.css"></head>
<body><main><h1>Sign in to the demo tenant</h1>
<p class="note">Local Entra emulator. Pick who you are; no password is needed.</p>
${message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">${hidden}<ul>${buttons}</ul>
<button type="submit" name="persona" value="__cancel" class="cancel">Cancel sign-in</button></form></main></body></html>`;
}

export const PERSONA_PAGE_CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f3f2f1;color:#1b1b1b}
main{max-width:560px;margin:48px auto;background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.12)}
h1{font-size:1.5rem;margin:0 0 8px}.note{color:#505050;margin:0 0 24px}.error{color:#a4262c}
ul{list-style:none;padding:0;margin:0 0 16px;display:grid;gap:8px}
button{width:100%;text-align:left;border:1px solid #c8c6c4;background:#fff;border-radius:6px;padding:12px 16px;cursor:pointer;font:inherit;color:inherit}
button:hover,button:focus-visible{border-color:#0067b8;outline:2px solid #0067b8}
.label{display:block;font-weight:600}.who,.roles{display:block;font-size:.875rem;color:#505050}
.cancel{text-align:center;background:#f3f2f1}
ul.scopes{display:block;list-style:disc;padding-left:24px}form>button{margin-top:8px;text-align:center}
@media (prefers-color-scheme:dark){body{background:#1b1a19;color:#f3f2f1}main{background:#252423}button{background:#252423;border-color:#605e5c}.who,.roles,.note{color:#c8c6c4}.cancel{background:#323130}}
`;
