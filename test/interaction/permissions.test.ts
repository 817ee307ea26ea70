import { describe, expect, it } from 'vitest';
import { checkModerator, PermissionBits } from '../../src/interaction/permissions.js';
import type { Place } from '../../src/interaction/types.js';

const MOD_ROLE = '111111111111111111';
const member = (overrides: Partial<Place> = {}): Place => ({
  guildId: '222222222222222222',
  channelId: '333333333333333333',
  memberPermissions: 0n,
  roleIds: [],
  guildInstall: true,
  ...overrides,
});

describe('checkModerator', () => {
  it('GIVEN a member with Manage Server THEN allowed', () => {
    expect(checkModerator(member({ memberPermissions: PermissionBits.ManageGuild }), [])).toEqual({ allowed: true, reason: 'manage-guild' });
  });

  it('GIVEN an Administrator THEN allowed', () => {
    expect(checkModerator(member({ memberPermissions: PermissionBits.Administrator }), []).allowed).toBe(true);
  });

  it('GIVEN Manage Server among many other permissions THEN allowed', () => {
    expect(checkModerator(member({ memberPermissions: (1n << 40n) | (1n << 10n) | PermissionBits.ManageGuild }), []).allowed).toBe(true);
  });

  it('GIVEN a member with a configured moderator role THEN allowed', () => {
    expect(checkModerator(member({ roleIds: ['999999999999999999', MOD_ROLE] }), [MOD_ROLE])).toEqual({ allowed: true, reason: 'moderator-role' });
  });

  it('GIVEN a plain member (other roles, other permissions) THEN refused with a polite reason', () => {
    const check = checkModerator(member({ roleIds: ['999999999999999999'], memberPermissions: (1n << 10n) | (1n << 11n) }), [MOD_ROLE]);
    expect(check).toEqual({ allowed: false, reason: 'Only moderators (Manage Server permission or a moderator role) can do this.' });
  });

  it('GIVEN a DM THEN refused, even for someone who is an admin elsewhere', () => {
    expect(checkModerator(member({ guildId: null, memberPermissions: null }), [MOD_ROLE])).toEqual({ allowed: false, reason: 'This command only works in a server, not in DMs.' });
  });

  it('GIVEN a server where citebot is only user-installed THEN refused, even for an admin', () => {
    expect(checkModerator(member({ guildInstall: false, memberPermissions: PermissionBits.Administrator }), [])).toEqual({
      allowed: false,
      reason: 'This command needs citebot to be added to this server.',
    });
  });

  it('GIVEN unknown permissions (null) THEN treated as none', () => {
    expect(checkModerator(member({ memberPermissions: null }), []).allowed).toBe(false);
  });
});
