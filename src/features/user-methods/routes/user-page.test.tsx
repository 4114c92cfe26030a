// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { ROLE_TEMPLATE } from '../../../../entra-facts/role-templates.ts';
import { UserPage } from './user-page.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn(), graphRequest: vi.fn() }));
const request = vi.mocked(graphRequest);

const denied = (requestId: string) => ({
  status: 403,
  headers: { 'Content-Type': 'application/json' },
  body: {
    error: {
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges',
      innerError: { 'request-id': requestId },
    },
  },
});

const METHODS = [
  {
    '@odata.type': '#microsoft.graph.passwordAuthenticationMethod',
    id: 'pw',
    createdDateTime: '2024-01-01T00:00:00Z',
    lastUsedDateTime: null,
  },
  {
    '@odata.type': '#microsoft.graph.phoneAuthenticationMethod',
    id: '3179e48a-750b-4051-897c-87b9720928f7',
    phoneNumber: '+1 XXXXXXXX23',
    phoneType: 'mobile',
    smsSignInState: 'ready',
    createdDateTime: null,
    lastUsedDateTime: null,
  },
  {
    '@odata.type': '#microsoft.graph.fido2AuthenticationMethod',
    id: 'key-1',
    displayName: `<img src=x onerror=alert(1)>${'K'.repeat(5000)}`,
    model: 'YubiKey 5 NFC',
    aaGuid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8',
    passkeyType: 'deviceBound',
  },
  { '@odata.type': '#microsoft.graph.brandNewAuthenticationMethod', id: 'new-1' },
];

const OK = {
  user: {
    status: 200,
    body: {
      id: 'u1',
      displayName: '\u202Eecila <b>Alice</b>',
      userPrincipalName: 'alice@contoso.com',
      accountEnabled: false,
      userType: 'Member',
      jobTitle: 'Engineer',
      department: 'R&D',
    },
  },
  roles: {
    status: 200,
    body: { value: [{ id: 'r', displayName: null, roleTemplateId: ROLE_TEMPLATE.helpdeskAdministrator }] },
  },
  methods: { status: 200, body: { value: METHODS } },
  preferences: {
    status: 200,
    body: {
      isSystemPreferredAuthenticationMethodEnabled: true,
      userPreferredMethodForSecondaryAuthentication: 'sms',
      systemPreferredAuthenticationMethod: 'Sms',
    },
  },
  registration: {
    status: 200,
    body: {
      isMfaCapable: true,
      isSsprRegistered: false,
      defaultMfaMethod: 'mobilePhone',
      systemPreferredAuthenticationMethods: ['sms'],
    },
  },
};

type Parts = Record<keyof typeof OK, { status: number; headers?: Record<string, string>; body?: unknown }>;

/** The batch answers in reverse order, as Graph may. */
function answer(parts: Partial<Parts>) {
  const all = { ...OK, ...parts };
  request.mockResolvedValue({
    responses: Object.entries(all)
      .reverse()
      .map(([id, r]) => ({ id, headers: {}, ...r })),
  });
}

function renderPage(id = '0c0ffee0-0000-4000-8000-0000000000aa', search = '') {
  const router = createMemoryRouter([{ path: '/users/:id', element: <UserPage /> }], {
    initialEntries: [`/users/${id}${search}`],
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  request.mockReset();
});

describe('UserPage', () => {
  it('fetches everything in one beta $batch', async () => {
    answer({});
    renderPage('0c0ffee0-0000-4000-8000-000000000001');
    await screen.findByTestId('user-name');
    expect(request).toHaveBeenCalledTimes(1);
    const [path, options] = request.mock.calls[0]!;
    expect(path).toBe('/$batch');
    expect(options).toMatchObject({ method: 'POST', version: 'beta' });
    const urls = (options.body as { requests: { id: string; url: string }[] }).requests.map((r) => [
      r.id,
      r.url,
    ]);
    expect(urls).toEqual([
      [
        'user',
        '/users/0c0ffee0-0000-4000-8000-000000000001?$select=id,displayName,userPrincipalName,accountEnabled,userType,jobTitle,department,mail',
      ],
      [
        'roles',
        '/users/0c0ffee0-0000-4000-8000-000000000001/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId',
      ],
      [
        'memberships',
        '/users/0c0ffee0-0000-4000-8000-000000000001/memberOf?$select=id,displayName,isAssignableToRole,isMemberManagementRestricted',
      ],
      ['methods', '/users/0c0ffee0-0000-4000-8000-000000000001/authentication/methods'],
      [
        'groups',
        '/users/0c0ffee0-0000-4000-8000-000000000001/transitiveMemberOf/microsoft.graph.group?$select=id,displayName&$top=999',
      ],
      ['preferences', '/users/0c0ffee0-0000-4000-8000-000000000001/authentication/signInPreferences'],
      [
        'registration',
        '/reports/authenticationMethods/userRegistrationDetails/0c0ffee0-0000-4000-8000-000000000001',
      ],
    ]);
  });

  it('outlines, scrolls to and focuses the method a link names in ?method=', async () => {
    // jsdom does not scroll: record what the page asks to bring into view.
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    onTestFinished(() => {
      Element.prototype.scrollIntoView = original;
    });
    answer({});
    renderPage('0c0ffee0-0000-4000-8000-000000000002', '?method=key-1');
    await screen.findByTestId('user-name');
    const items = screen.getAllByTestId('method');
    const highlighted = items.filter((item) => item.dataset.highlighted === 'true');
    expect(highlighted.map((item) => item.dataset.methodId)).toEqual(['key-1']);
    expect(highlighted[0]).toHaveAttribute('aria-current', 'true');
    expect(scrolled).toEqual(highlighted);
    expect(document.activeElement).toBe(highlighted[0]);
  });

  it('shows skeletons while loading', () => {
    request.mockReturnValue(new Promise(() => {}));
    renderPage();
    expect(screen.getByLabelText('Loading user')).toBeInTheDocument();
    expect(screen.getByLabelText('Loading methods')).toBeInTheDocument();
    expect(screen.getByLabelText('Loading registration summary')).toBeInTheDocument();
  });

  it('renders header, roles, summary and grouped methods with the default marked', async () => {
    answer({});
    const { container } = renderPage();
    expect(await screen.findByTestId('user-name')).toHaveTextContent('\u202Eecila <b>Alice</b>');
    expect(container.querySelector('b, img')).toBeNull();
    expect(screen.getByTestId('account-state')).toHaveTextContent('Account disabled');
    expect(screen.getByTestId('user-roles')).toHaveTextContent('Helpdesk Administrator');
    // The roles' meaning for the operator is said once, in the Actions card.
    expect(screen.queryByTestId('privileged-note')).toBeNull();
    expect(screen.getByTestId('registration-summary')).toHaveTextContent('MFA capableYes');

    const methods = screen.getAllByTestId('method');
    expect(methods.map((m) => m.dataset.methodId)).toEqual([
      'key-1',
      '3179e48a-750b-4051-897c-87b9720928f7',
      'pw',
      'new-1',
    ]);
    const phone = methods[1]!;
    expect(phone).toHaveTextContent('+1 XXXXXXXX23');
    expect(within(phone).getByTestId('mark-default')).toBeInTheDocument();
    expect(within(phone).getByTestId('mark-systemPreferred')).toBeInTheDocument();
    expect(phone).toHaveTextContent('Createdunknown');
    expect(phone).not.toHaveTextContent(/never/i);
    expect(methods[2]).toHaveTextContent('Last changed');
    expect(methods[3]).toHaveTextContent('brandNewAuthenticationMethod');
    expect(screen.getByTestId('group-other')).toBeInTheDocument();
  });

  it('a role without the report gets one quiet line, not an error box', async () => {
    answer({ registration: denied('req-r') });
    renderPage();
    expect(await screen.findByTestId('registration-no-access')).toHaveTextContent('Reports Reader');
    expect(screen.queryByRole('alert', { name: /access/ })).toBeNull();
    expect(screen.getAllByTestId('method')).toHaveLength(4);
  });

  it('a failed part shows its own error with code and request-id; the rest still renders', async () => {
    answer({ methods: denied('req-m') });
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Authorization_RequestDenied');
    expect(alert).toHaveTextContent('request-id req-m');
    expect(screen.getByTestId('registration-summary')).toBeInTheDocument();
  });

  it('no methods: an empty state', async () => {
    answer({ methods: { status: 200, body: { value: [] } } });
    renderPage();
    expect(await screen.findByText('No authentication methods')).toBeInTheDocument();
  });

  it('an unknown user gets a clear "no such user" page', async () => {
    const notFound = {
      status: 404,
      body: { error: { code: 'Request_ResourceNotFound', message: "Resource 'x' does not exist" } },
    };
    answer({
      user: notFound,
      roles: notFound,
      methods: notFound,
      preferences: notFound,
      registration: notFound,
    });
    renderPage('0c0ffee0-0000-4000-8000-0000000000ff');
    expect(await screen.findByText('No such user')).toBeInTheDocument();
  });

  it('a failed batch shows one error with a retry', async () => {
    const { GraphError } = await import('../../../lib/graph/graph-error.ts');
    request.mockRejectedValue(
      new GraphError({ status: 503, code: 'serviceNotAvailable', message: 'Down', requestId: 'req-b' }),
    );
    renderPage();
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('request-id req-b');
  });
});
