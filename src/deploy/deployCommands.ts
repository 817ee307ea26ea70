import { REST, Routes } from 'discord.js';
import type { RegisteredCommand } from '../interaction/types.js';
import { toApplicationCommandJson } from '../interaction/commandDefinition.js';

export type DeployTarget = { scope: 'guild'; guildId: string } | { scope: 'global' };

export interface CommandDiff {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

export interface DeployResult {
  target: DeployTarget;
  applicationId: string;
  diff: CommandDiff;
  applied: boolean;
  /** How each command is shown: "/ask" for a slash command, "Find sources (message menu)" for a message command. */
  labels: Record<string, string>;
}

/** Discord's application command types as a person finds them. */
function labelOf(command: Record<string, unknown>): string {
  const name = String(command['name']);
  if (command['type'] === 3) return `${name} (message menu)`;
  if (command['type'] === 2) return `${name} (user menu)`;
  return `/${name}`;
}

/** The application id is the first part of a bot token, base64-encoded. */
export function applicationIdFromToken(token: string): string | null {
  const first = token.split('.')[0] ?? '';
  try {
    const decoded = Buffer.from(first, 'base64').toString('utf8');
    return /^\d{17,20}$/.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/** Fields Discord fills in itself, and defaults it omits, ignored when comparing. */
function comparable(command: Record<string, unknown>): string {
  const pick = (c: Record<string, unknown>) => ({
    name: c['name'],
    description: c['description'],
    type: c['type'] ?? 1,
    default_member_permissions: c['default_member_permissions'] ?? null,
    contexts: c['contexts'] ?? null,
    integration_types: c['integration_types'] ?? null,
    options: ((c['options'] as Record<string, unknown>[] | undefined) ?? []).map((o) => ({
      name: o['name'],
      description: o['description'],
      type: o['type'],
      required: o['required'] ?? false,
      autocomplete: o['autocomplete'] ?? false,
      max_length: o['max_length'] ?? null,
      min_length: o['min_length'] ?? null,
      min_value: o['min_value'] ?? null,
      max_value: o['max_value'] ?? null,
    })),
  });
  return JSON.stringify(pick(command));
}

export function diffCommands(existing: readonly Record<string, unknown>[], wanted: readonly Record<string, unknown>[]): CommandDiff {
  const before = new Map(existing.map((c) => [String(c['name']), comparable(c)]));
  const diff: CommandDiff = { added: [], changed: [], removed: [], unchanged: [] };
  for (const command of wanted) {
    const name = String(command['name']);
    const old = before.get(name);
    if (old === undefined) diff.added.push(name);
    else if (old !== comparable(command)) diff.changed.push(name);
    else diff.unchanged.push(name);
    before.delete(name);
  }
  diff.removed.push(...before.keys());
  return diff;
}

/**
 * Registers the slash commands with one bulk overwrite (PUT), which is
 * idempotent: running it twice changes nothing the second time. The diff
 * against what Discord has is computed first so the output says what changed.
 */
export async function deployCommands(options: {
  token: string;
  applicationId: string | null;
  apiUrl: string | null;
  target: DeployTarget;
  commands: readonly RegisteredCommand[];
  dryRun: boolean;
}): Promise<DeployResult> {
  const rest = new REST(options.apiUrl !== null ? { api: options.apiUrl } : {}).setToken(options.token);
  let applicationId = options.applicationId ?? applicationIdFromToken(options.token);
  if (applicationId === null) {
    const app = (await rest.get(Routes.currentApplication())) as { id: string };
    applicationId = app.id;
  }
  const route = options.target.scope === 'guild' ? Routes.applicationGuildCommands(applicationId, options.target.guildId) : Routes.applicationCommands(applicationId);
  const wanted = options.commands.map((c) => toApplicationCommandJson(c.definition));
  const existing = (await rest.get(route)) as Record<string, unknown>[];
  const diff = diffCommands(existing, wanted);
  const needed = diff.added.length + diff.changed.length + diff.removed.length > 0;
  if (needed && !options.dryRun) await rest.put(route, { body: wanted });
  const labels = Object.fromEntries([...existing, ...wanted].map((c) => [String(c['name']), labelOf(c)]));
  return { target: options.target, applicationId, diff, applied: needed && !options.dryRun, labels };
}

export function describeDeploy(result: DeployResult, dryRun: boolean): string {
  const where = result.target.scope === 'guild' ? `server ${result.target.guildId} (instant)` : 'all servers (global; Discord may take up to an hour to show changes)';
  const { added, changed, removed, unchanged } = result.diff;
  const lines = [`Commands for application ${result.applicationId} in ${where}:`];
  const names = (list: string[]) => list.map((n) => result.labels[n] ?? `/${n}`).join(', ');
  if (added.length > 0) lines.push(`  added:     ${names(added)}`);
  if (changed.length > 0) lines.push(`  changed:   ${names(changed)}`);
  if (removed.length > 0) lines.push(`  removed:   ${names(removed)}`);
  if (unchanged.length > 0) lines.push(`  unchanged: ${names(unchanged)}`);
  lines.push(
    added.length + changed.length + removed.length === 0
      ? 'Nothing to change: Discord already has exactly these commands.'
      : dryRun
        ? 'Dry run: nothing was sent.'
        : 'Registered with one bulk overwrite.',
  );
  return lines.join('\n');
}
