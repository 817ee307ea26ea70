import { Context, Install } from '../src/interaction/commandDefinition.js';
import { checkModerator, PermissionBits } from '../src/interaction/permissions.js';
import { defineCommand } from '../src/interaction/types.js';
import { renderNotice } from '../src/render/renderNotice.js';
import { renderReload } from '../src/render/renderReload.js';

export const reload = defineCommand({
  definition: {
    name: 'reload',
    description: 'Moderators: re-read the corpus from seeds/ without restarting',
    options: [],
    default_member_permissions: String(PermissionBits.ManageGuild),
    contexts: [Context.Guild],
    integration_types: [Install.Guild],
  },

  isEphemeral: () => true,

  async execute({ invoker, place, services }) {
    const check = checkModerator(place, services.moderatorRoleIds);
    if (!check.allowed) {
      services.logger.warn({ event: 'reload-refused', user: invoker.id, guild: place.guildId, reason: check.reason }, 'reload refused');
      return { type: 'reply', ephemeral: true, payload: renderNotice(check.reason), resultCount: 0 };
    }
    // A reload already running here was asked for by someone else, who tells the other hosts.
    const joining = services.store.reloading;
    const ownReload = services.store.reload();
    // The other hosts reload at the same time as this one, not after it.
    const others = !joining && services.reloadOtherHosts ? services.reloadOtherHosts(ownReload) : null;
    const report = await ownReload;
    if (report.ok && !report.joined) services.onModeratorReload?.();
    const hosts = others === null ? null : await others;
    const summary = report.ok
      ? { ok: true, documents: report.documents, chunks: report.chunks, references: report.references, changes: report.changes, skipped: report.report.filter((r) => r.level === 'skipped').length, joined: report.joined }
      : { ok: false, error: report.error, joined: report.joined };
    const hostSummary = hosts === null ? {} : { hosts: { confirmed: hosts.confirmed.length, failed: hosts.failed.map((h) => h.host.label), silent: hosts.silent.map((h) => h.label), unreachable: hosts.unreachable } };
    services.logger.info({ event: 'reload', user: invoker.id, userName: invoker.name, guild: place.guildId, via: check.reason, durationMs: report.durationMs, ...summary, ...hostSummary }, 'corpus reload');
    return { type: 'reply', ephemeral: true, payload: renderReload(report, services.store.seedsDir, hosts), resultCount: report.ok ? report.documents : 0 };
  },
});
