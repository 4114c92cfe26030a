import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectGraphError } from '../../testing/expect-graph-error.ts';
import { startTestEmulator, type TestEmulator } from '../../testing/test-emulator.ts';

// Creating a security group and adding members the way Graph does (group-post-groups.md, group-post-members.md,
// docs/sms-voice-retirement.md §5).
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ users: 300, groupReplicationDelayMs: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.state.options.groupReplicationDelayMs = 0;
  emulator.state.options.usersCreateSecurityGroups = false;
});

const WRITE = ['Group.ReadWrite.All'];
const bind = (id: string) => `https://graph.microsoft.com/v1.0/directoryObjects/${id}`;
const plainUsers = (count: number, from = 0) =>
  emulator.state.tenant.users
    .filter((u) => u.userType === 'member' && u.roles.length === 0)
    .slice(from, from + count)
    .map((u) => u.id);
const newGroup = (name: string) => ({
  displayName: name,
  mailEnabled: false,
  mailNickname: name.replace(/\W/g, '-'),
  securityEnabled: true,
  groupTypes: [],
});

async function create(persona: string, name: string) {
  const token = await emulator.token(persona, WRITE);
  return emulator.graph('/v1.0/groups', { token, method: 'POST', body: newGroup(name) });
}

async function add(persona: string, groupId: string, ids: string[], scopes = WRITE) {
  const token = await emulator.token(persona, scopes);
  return emulator.graph(`/v1.0/groups/${groupId}`, {
    token,
    method: 'PATCH',
    body: { 'members@odata.bind': ids.map(bind) },
  });
}

const membersOf = (groupId: string) =>
  [...emulator.state.tenant.phonePolicy.groups.find((g) => g.id === groupId)!.memberIds].sort();

describe('creating a security group', () => {
  it('answers 201 with the group for a Global Administrator with Group.ReadWrite.All', async () => {
    const created = await create('global-admin', 'Must register a passkey');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      displayName: 'Must register a passkey',
      securityEnabled: true,
      mailEnabled: false,
      groupTypes: [],
    });
    const listed = await emulator.graph(
      `/v1.0/groups?$filter=startswith(displayName,'Must register')&$select=id,displayName`,
      { token: await emulator.token('global-admin', ['GroupMember.Read.All']) },
    );
    expect(listed.body.value).toEqual([{ id: created.body.id, displayName: 'Must register a passkey' }]);
  });

  it('is refused without a group role while users may not create security groups, and allowed when they may', async () => {
    expectGraphError(await create('security-lead', 'Lead group'), 403, 'Authorization_RequestDenied');
    emulator.state.options.usersCreateSecurityGroups = true;
    const created = await create('security-lead', 'Lead group');
    expect(created.status).toBe(201);
    // The creator owns it, so may fill it (group owners are named among who may add members).
    expect((await add('security-lead', created.body.id, plainUsers(2))).status).toBe(204);
  });

  it('needs Group.ReadWrite.All: GroupMember.ReadWrite.All does not create', async () => {
    const token = await emulator.token('global-admin', ['GroupMember.ReadWrite.All']);
    expectGraphError(
      await emulator.graph('/v1.0/groups', { token, method: 'POST', body: newGroup('x') }),
      403,
      'Authorization_RequestDenied',
    );
  });

  it('refuses a mail alias with a space or an @, and a missing name', async () => {
    const token = await emulator.token('global-admin', WRITE);
    const post = (body: object) => emulator.graph('/v1.0/groups', { token, method: 'POST', body });
    expect((await post({ ...newGroup('a'), mailNickname: 'has space' })).status).toBe(400);
    expect((await post({ ...newGroup('a'), mailNickname: 'a@b' })).status).toBe(400);
    expect((await post({ ...newGroup('a'), displayName: undefined })).status).toBe(400);
  });
});

describe('adding members', () => {
  it('adds up to 20 per request; 21 are refused and none added', async () => {
    const { body } = await create('global-admin', 'Twenty');
    expect((await add('global-admin', body.id, plainUsers(20))).status).toBe(204);
    expect(membersOf(body.id)).toEqual(plainUsers(20).sort());
    expect((await add('global-admin', body.id, plainUsers(21, 20))).status).toBe(400);
    expect(membersOf(body.id)).toHaveLength(20);
  });

  it('adds nobody when one is already a member (400) or does not exist (404)', async () => {
    const { body } = await create('global-admin', 'All or nothing');
    await add('global-admin', body.id, plainUsers(1));
    const again = await add('global-admin', body.id, [...plainUsers(3, 1), ...plainUsers(1)]);
    expectGraphError(again, 400, 'Request_BadRequest');
    expect(again.body.error.message).toContain('already exist');
    const missing = await add('global-admin', body.id, [
      ...plainUsers(2, 5),
      '00000000-0000-4000-8000-000000000000',
    ]);
    expectGraphError(missing, 404, 'Request_ResourceNotFound');
    expect(membersOf(body.id)).toEqual(plainUsers(1));
  });

  it('refuses adds to a group still replicating, then accepts them', async () => {
    emulator.state.options.groupReplicationDelayMs = 60_000;
    const { body } = await create('global-admin', 'Young');
    const early = await add('global-admin', body.id, plainUsers(2));
    expectGraphError(early, 400, 'Request_BadRequest');
    expect(early.body.error.message).toContain('do not exist');
    emulator.state.options.groupReplicationDelayMs = 0;
    expect((await add('global-admin', body.id, plainUsers(2))).status).toBe(204);
  });

  it('adds one member through members/$ref', async () => {
    const { body } = await create('global-admin', 'One by one');
    const token = await emulator.token('global-admin', ['GroupMember.ReadWrite.All']);
    const [id] = plainUsers(1, 30);
    const response = await emulator.graph(`/v1.0/groups/${body.id}/members/$ref`, {
      token,
      method: 'POST',
      body: { '@odata.id': bind(id!) },
    });
    expect(response.status).toBe(204);
    expect(membersOf(body.id)).toEqual([id]);
  });

  it('lets a User Administrator fill a group with GroupMember.ReadWrite.All, not an Authentication Administrator', async () => {
    const { body } = await create('global-admin', 'Filled by others');
    const scopes = ['GroupMember.ReadWrite.All'];
    expect((await add('user-admin', body.id, plainUsers(1, 40), scopes)).status).toBe(204);
    expectGraphError(
      await add('helpdesk', body.id, plainUsers(1, 41), scopes),
      403,
      'Authorization_RequestDenied',
    );
    expectGraphError(
      await add('global-admin', body.id, plainUsers(1, 42), ['GroupMember.Read.All']),
      403,
      'Authorization_RequestDenied',
    );
  });

  it('refuses member adds to a role-assignable group', async () => {
    const tier0 = emulator.state.tenant.delegation.groups[0]!;
    expectGraphError(
      await add('global-admin', tier0.id, plainUsers(1, 50)),
      403,
      'Authorization_RequestDenied',
    );
  });
});
