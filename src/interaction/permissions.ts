import type { Place } from './types.js';

export const PermissionBits = { Administrator: 1n << 3n, ManageGuild: 1n << 5n } as const;

export type ModeratorCheck = { allowed: true; reason: 'manage-guild' | 'moderator-role' } | { allowed: false; reason: string };

/**
 * Moderator-only commands check the member themselves: default_member_permissions
 * can be overridden by server admins, so it is a default, not a guarantee.
 */
export function checkModerator(place: Place, moderatorRoleIds: readonly string[]): ModeratorCheck {
  if (place.guildId === null) return { allowed: false, reason: 'This command only works in a server, not in DMs.' };
  if (!place.guildInstall) return { allowed: false, reason: 'This command needs citebot to be added to this server.' };
  const bits = place.memberPermissions ?? 0n;
  if ((bits & PermissionBits.ManageGuild) !== 0n || (bits & PermissionBits.Administrator) !== 0n) {
    return { allowed: true, reason: 'manage-guild' };
  }
  if (place.roleIds.some((role) => moderatorRoleIds.includes(role))) return { allowed: true, reason: 'moderator-role' };
  return { allowed: false, reason: 'Only moderators (Manage Server permission or a moderator role) can do this.' };
}
