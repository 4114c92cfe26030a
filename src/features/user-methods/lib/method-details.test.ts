import { describe, expect, it } from 'vitest';
import { describeMethod, tapUsabilityText } from './method-details.ts';

const date = (iso: string | null | undefined) => (iso ? `D(${iso})` : 'unknown');
const detail = (d: ReturnType<typeof describeMethod>, label: string) =>
  d.details.find((x) => x.label === label)?.value;

describe('describeMethod', () => {
  it('phone: masked number as Graph sends it, type and SMS sign-in state', () => {
    const d = describeMethod(
      {
        '@odata.type': '#microsoft.graph.phoneAuthenticationMethod',
        id: '3179e48a-750b-4051-897c-87b9720928f7',
        phoneNumber: '+1 XXXXXXXX23',
        phoneType: 'mobile',
        smsSignInState: 'notAllowedByPolicy',
        createdDateTime: null,
        lastUsedDateTime: '2025-01-02T03:04:05Z',
      } as never,
      date,
    );
    expect(d.title).toBe('Mobile phone');
    expect(detail(d, 'Number')).toBe('+1 XXXXXXXX23');
    expect(detail(d, 'SMS sign-in')).toBe('Not allowed by policy');
    expect(d.created).toBe('unknown');
    expect(d.lastUsed).toBe('D(2025-01-02T03:04:05Z)');
  });

  it('FIDO2: name, model, AAGUID, passkey type', () => {
    const d = describeMethod(
      {
        '@odata.type': '#microsoft.graph.fido2AuthenticationMethod',
        id: 'k',
        displayName: 'YubiKey 5',
        model: 'YubiKey 5 NFC',
        aaGuid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8',
        passkeyType: 'deviceBound',
      } as never,
      date,
    );
    expect(d.title).toBe('YubiKey 5');
    expect(d.details).toEqual([
      { label: 'Model', value: 'YubiKey 5 NFC' },
      { label: 'AAGUID', value: 'cb69481e-8ff7-4039-93ec-0a2729a154a8' },
      { label: 'Passkey type', value: 'Device bound' },
    ]);
  });

  it('FIDO2: once the AAGUID names are loaded, the kind of passkey and whose authenticator', () => {
    const key = (aaGuid: string, passkeyType = 'deviceBound') =>
      ({
        '@odata.type': '#microsoft.graph.fido2AuthenticationMethod',
        id: 'k',
        aaGuid,
        passkeyType,
      }) as never;
    const names = { 'cb69481e-8ff7-4039-93ec-0a2729a154a8': 'YubiKey 5 Series' };
    expect(
      detail(describeMethod(key('cb69481e-8ff7-4039-93ec-0a2729a154a8'), date, names), 'Authenticator'),
    ).toBe('Security key (device-bound): YubiKey 5 Series');
    // Known kind, unknown authenticator: the kind alone, no "undefined".
    expect(
      detail(describeMethod(key('11111111-2222-3333-4444-555555555555'), date, names), 'Authenticator'),
    ).toBe('Security key (device-bound)');
    expect(
      detail(describeMethod(key('00000000-0000-0000-0000-000000000000', ''), date, names), 'Authenticator'),
    ).toBe('Unknown kind of passkey: its AAGUID is all zeros');
    // Before the names load, no line at all rather than a guess.
    expect(
      detail(describeMethod(key('cb69481e-8ff7-4039-93ec-0a2729a154a8'), date), 'Authenticator'),
    ).toBeUndefined();
  });

  it('Authenticator, Windows Hello and platform credential', () => {
    const app = describeMethod(
      {
        '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
        id: 'a',
        displayName: 'Pixel 8',
        phoneAppVersion: '6.2401.0',
      } as never,
      date,
    );
    expect([app.title, detail(app, 'App version')]).toEqual(['Pixel 8', '6.2401.0']);
    const hello = describeMethod(
      {
        '@odata.type': '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod',
        id: 'h',
        displayName: 'LAPTOP-1',
        keyStrength: 'weak',
      } as never,
      date,
    );
    expect([hello.title, detail(hello, 'Key strength')]).toEqual(['LAPTOP-1', 'Weak']);
    const mac = describeMethod(
      {
        '@odata.type': '#microsoft.graph.platformCredentialAuthenticationMethod',
        id: 'p',
        displayName: 'MacBook',
        platform: 'macOS',
        keyStrength: 'normal',
      } as never,
      date,
    );
    expect([mac.title, detail(mac, 'Platform')]).toEqual(['MacBook', 'macOS']);
  });

  it('TAP: lifetime, start, one-time, usability with its reason', () => {
    const d = describeMethod(
      {
        '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
        id: 't',
        lifetimeInMinutes: 60,
        startDateTime: '2025-05-01T00:00:00Z',
        isUsableOnce: true,
        isUsable: false,
        methodUsabilityReason: 'Expired',
      } as never,
      date,
    );
    expect(d.details).toEqual([
      { label: 'Lifetime', value: '1 hour' },
      { label: 'Starts', value: 'D(2025-05-01T00:00:00Z)' },
      { label: 'Use', value: 'One-time' },
      { label: 'Usable now', value: 'No — expired' },
    ]);
  });

  it('password shows its createdDateTime as "Last changed"; email its address', () => {
    const pw = describeMethod(
      {
        '@odata.type': '#microsoft.graph.passwordAuthenticationMethod',
        id: 'pw',
        createdDateTime: '2024-01-01T00:00:00Z',
      } as never,
      date,
    );
    expect([pw.createdLabel, pw.created]).toEqual(['Last changed', 'D(2024-01-01T00:00:00Z)']);
    const email = describeMethod(
      {
        '@odata.type': '#microsoft.graph.emailAuthenticationMethod',
        id: 'e',
        emailAddress: 'a@b.c',
      } as never,
      date,
    );
    expect(email.title).toBe('a@b.c');
  });

  it('an unknown future type is described generically, not dropped', () => {
    const d = describeMethod(
      { '@odata.type': '#microsoft.graph.qrCodePinAuthenticationMethod', id: 'q' } as never,
      date,
    );
    expect(d.kind).toBe('other');
    expect(d.title).toBe('Qr code pin authentication method');
    expect(detail(d, 'Graph type')).toBe('qrCodePinAuthenticationMethod');
  });
});

describe('tapUsabilityText', () => {
  it('reads the reason case-insensitively', () => {
    expect(tapUsabilityText({ isUsable: false, methodUsabilityReason: 'notYetValid' })).toBe(
      'No — not yet valid',
    );
    expect(tapUsabilityText({ isUsable: false, methodUsabilityReason: 'NOTYETVALID' })).toBe(
      'No — not yet valid',
    );
    expect(tapUsabilityText({ isUsable: true, methodUsabilityReason: 'EnabledByPolicy' })).toBe(
      'Yes — enabled by policy',
    );
    expect(tapUsabilityText({ isUsable: false, methodUsabilityReason: 'OneTimeUsed' })).toBe(
      'No — its one use is spent',
    );
  });
  it('tolerates the fields being absent, as beta metadata allows', () => {
    expect(tapUsabilityText({})).toBe('Not reported');
  });
});
