import { describe, expect, it } from 'vitest';
import { usageOptionsOfUser } from './activity-methods.ts';
import { FEATURE_TYPES, SIGN_IN_METHODS, USAGE_AUTH_METHODS } from './activity-model.ts';
import { dailySignIns, eventRange, signInsByMethod } from './activity-reports.ts';
import { FAILURE_REASONS } from './failure-reasons.ts';
import { activityOf, generateActivity } from './generate-activity.ts';
import { generateTenant } from './generate-tenant.ts';
import { HOSTILE_USERS } from './hostile-users.ts';
import { HOSTILE_NAMES } from './names.ts';
import { registrationRowOf } from './registration-details.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-04T12:34:56Z');
const tenant = generateTenant({ users: 5000, seed: 'activity-test', now: NOW });
const activity = activityOf(tenant);
const { events } = activity;
const indices = Array.from({ length: events.count }, (_, i) => i);

describe('generateActivity', () => {
  it('is deterministic for a seed and memoized per tenant object', () => {
    const twin = generateTenant({ users: 5000, seed: 'activity-test', now: NOW });
    const again = generateActivity(twin);
    expect(again.events.times).toEqual(events.times);
    expect(again.events.methods).toEqual(events.methods);
    expect(again.events.reasons).toEqual(events.reasons);
    expect(again.events.users.map((u) => u.id)).toEqual(events.users.map((u) => u.id));
    expect(again.signIns.byMethod).toEqual(activity.signIns.byMethod);
    expect(activityOf(tenant)).toBe(activity);
    expect(activityOf(twin)).not.toBe(activity);
    const other = generateActivity(generateTenant({ users: 5000, seed: 'another', now: NOW }));
    expect(other.events.times).not.toEqual(events.times);
  });

  it('spreads events over the 30 days before generatedAt, newest first, in whole seconds', () => {
    const end = Date.parse(tenant.generatedAt);
    for (let i = 0; i < events.count; i++) {
      const t = events.times[i] ?? 0;
      expect(t % 1000).toBe(0);
      expect(t).toBeLessThanOrEqual(end);
      expect(t).toBeGreaterThan(end - 30 * DAY - 2 * 3_600_000);
      if (i > 0) expect(t).toBeLessThanOrEqual(events.times[i - 1] ?? 0);
    }
  });

  it('gives most users no event and a few users a handful', () => {
    const members = tenant.users.filter((u) => u.accountEnabled && u.userType === 'member');
    const perUser = new Map<string, number>();
    for (const user of events.users) perUser.set(user.id, (perUser.get(user.id) ?? 0) + 1);
    expect(perUser.size / members.length).toBeGreaterThan(0.03);
    expect(perUser.size / members.length).toBeLessThan(0.2);
    expect(Math.max(...perUser.values())).toBeLessThanOrEqual(12);
    expect(events.users.every((u) => u.accountEnabled && u.userType === 'member')).toBe(true);
  });

  it('concentrates resets on SSPR-registered users and draws every method from what the user has', () => {
    let resets = 0;
    let fromRegistered = 0;
    for (const i of indices) {
      const user = events.users[i];
      if (!user) throw new Error('event without a user');
      const feature = FEATURE_TYPES[events.features[i] ?? 0];
      const method = USAGE_AUTH_METHODS[events.methods[i] ?? 0];
      const options = usageOptionsOfUser(user).filter((o) => feature === 'registration' || o.reset);
      expect(options.map((o) => o.method)).toContain(method);
      if (feature === 'reset') {
        resets++;
        if (registrationRowOf(tenant, user, NOW).isSsprRegistered) fromRegistered++;
      }
    }
    expect(resets).toBeGreaterThan(50);
    expect(fromRegistered / resets).toBeGreaterThan(0.9);
  });

  it('mixes successes and realistic failures, with hostile reasons now and then', () => {
    const reasons = indices.map((i) => FAILURE_REASONS[events.reasons[i] ?? 0] ?? '');
    const failures = reasons.filter((r) => r !== '');
    expect(failures.length / reasons.length).toBeGreaterThan(0.15);
    expect(failures.length / reasons.length).toBeLessThan(0.6);
    expect(failures).toContain('SMS code expired');
    const hostile = failures.filter((r) => HOSTILE_NAMES.includes(r));
    expect(hostile.length).toBeGreaterThan(0);
    expect(hostile.length / failures.length).toBeLessThan(0.1);
    // Evolvable members show up for the newer methods (registration only).
    const methods = new Set(indices.map((i) => USAGE_AUTH_METHODS[events.methods[i] ?? 0]));
    expect(methods).toContain('fido2SecurityKey');
    expect(methods).toContain('windowsHelloForBusiness');
  });

  it('gives the hostile users failed registrations with markup and script reasons', () => {
    const hostileUpns = HOSTILE_USERS.map((h) => `${h.alias}@${tenant.domain}`);
    const theirs = indices.filter((i) => hostileUpns.includes(events.users[i]!.userPrincipalName));
    const reasons = theirs.map((i) => FAILURE_REASONS[events.reasons[i] ?? 0]);
    for (const reason of HOSTILE_NAMES.slice(0, 4)) expect(reasons).toContain(reason);
  });

  it('keeps sign-in counts consistent: one first factor per sign-in, multi-factor within the total', () => {
    const { signIns } = activity;
    expect(signIns.hours).toBe(30 * 24);
    const seconds = [
      'sms',
      'mobilePhone',
      'alternateMobilePhone',
      'officePhone',
      'microsoftAuthenticatorPush',
      'oneTimePasscode',
    ];
    for (let h = 0; h < signIns.hours; h++) {
      let first = 0;
      SIGN_IN_METHODS.forEach((m, j) => {
        if (!seconds.includes(m)) first += signIns.byMethod[h * SIGN_IN_METHODS.length + j] ?? 0;
      });
      expect(first).toBe(signIns.total[h]);
      expect(signIns.multiFactor[h]).toBeLessThanOrEqual(signIns.total[h] ?? 0);
    }
    const end = Date.parse(tenant.generatedAt);
    const days = dailySignIns(signIns, end - 7 * DAY, end);
    expect(days.length).toBeGreaterThanOrEqual(7);
    const week = signInsByMethod(signIns, end - 7 * DAY, end);
    expect(week.find((r) => r.method === 'password')?.count).toBeGreaterThan(0);
    // Weekends are quieter than weekdays.
    const weekday = days.filter((d) => ![0, 6].includes(new Date(d.day).getUTCDay()));
    const weekend = days.filter((d) => [0, 6].includes(new Date(d.day).getUTCDay()));
    expect(Math.min(...weekday.slice(1, -1).map((d) => d.total))).toBeGreaterThan(
      Math.max(...weekend.map((d) => d.total)),
    );
  });

  it('finds window bounds by time', () => {
    const end = Date.parse(tenant.generatedAt);
    const [start, stop] = eventRange(events, end - DAY, end);
    for (let i = 0; i < events.count; i++) {
      const t = events.times[i] ?? 0;
      expect(i >= start && i < stop).toBe(t > end - DAY && t <= end);
    }
  });
});
