/**
 * A fake Discord (REST + gateway) on 127.0.0.1 that the real discord.js Client can log in to,
 * so end-to-end tests exercise the bot's actual wiring without a network.
 *
 * Usage:
 *   const fake = await startFakeDiscord();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], ...fake.clientOptions() });
 *   await client.login(fake.token);
 *   const h = fake.sendCommand('ask', { question: 'hi' });
 *   const body = await h.reply();          // first accepted interaction callback body
 *   await client.destroy(); await fake.close();
 *
 * Behaviour was checked against discord.js 14.28.1 / @discordjs/ws 1.2.3 / @discordjs/rest 2.6.
 */
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import type { ClientOptions } from 'discord.js';

// ───────────────────────────── snowflakes ─────────────────────────────

const DISCORD_EPOCH = 1420070400000n;
let lastSnowflakeMs = 0n;
let snowflakeIncrement = 0n;

/**
 * Real-shaped snowflake (18–19 digits today). Module-global state so ids stay unique across
 * several fakes in one process; the timestamp is nudged forward when the 12-bit counter wraps.
 */
export function snowflake(): string {
  let ms = BigInt(Date.now()) - DISCORD_EPOCH;
  if (ms > lastSnowflakeMs) {
    lastSnowflakeMs = ms;
    snowflakeIncrement = 0n;
  } else {
    ms = lastSnowflakeMs;
    snowflakeIncrement += 1n;
    if (snowflakeIncrement > 0xfffn) {
      lastSnowflakeMs += 1n;
      ms = lastSnowflakeMs;
      snowflakeIncrement = 0n;
    }
  }
  return ((ms << 22n) | (1n << 17n) | snowflakeIncrement).toString();
}

/** Discord's own guild → shard formula, so events arrive on the shard discord.js expects. */
export function shardIdForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, shardCount)));
}

// ───────────────────────────── public types ─────────────────────────────

export type JsonObject = Record<string, unknown>;

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
  public_flags?: number;
  [key: string]: unknown;
}

export interface FakeChannelInit {
  id?: string;
  name?: string;
  /** 0 = text (default), 2 = voice, 4 = category, 5 = announcement, 15 = forum. */
  type?: number;
}

export interface FakeRoleInit {
  id?: string;
  name?: string;
  /** Permission bitfield string. Default '0'. */
  permissions?: string;
}

export interface FakeGuildInit {
  id?: string;
  name?: string;
  channels?: FakeChannelInit[];
  /**
   * Roles besides @everyone, sent in GUILD_CREATE. discord.js resolves a member's roles through the
   * guild's role cache, so a role given to a member in an interaction must be declared here.
   */
  roles?: FakeRoleInit[];
  /** Listed in READY but never sent as GUILD_CREATE (an outage guild). */
  unavailable?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  type: number;
}

export interface FakeRole {
  id: string;
  name: string;
  permissions: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: FakeChannel[];
  roles: FakeRole[];
  unavailable: boolean;
}

export interface FakeDiscordOptions {
  /** Recommended shard count returned by /gateway/bot (used with `shards: 'auto'`). Default 1. */
  shards?: number;
  /** session_start_limit.max_concurrency. discord.js's default throttler only waits per (shardId % this). Default 1. */
  maxConcurrency?: number;
  /** HELLO heartbeat_interval in ms. Default 41250 (Discord's). */
  heartbeatInterval?: number;
  /** If set, REST `Authorization: Bot <token>` and the IDENTIFY/RESUME token must match (401 / close 4004). */
  token?: string;
  bot?: { id?: string; username?: string };
  /** Defaults to the bot user id, as for real bot applications. */
  applicationId?: string;
  /** Default: one guild "Fake Guild" with one text channel "general". Pass [] for none. */
  guilds?: FakeGuildInit[];
  /** The default human user for built interactions. */
  user?: Partial<FakeUser>;
  /**
   * Emulate Discord's interaction rules: unknown token → 10062, second callback → 40060,
   * webhook on unknown/unacknowledged token → 10015, light command-registration validation. Default true.
   */
  strict?: boolean;
  /** If set, callbacks later than this after dispatch get 10062 (Discord's real window is 3000 ms). */
  callbackDeadlineMs?: number;
  /** Default timeout of the wait helpers (reply(), firstResponse(), waitFor...). Default 4000 ms. */
  waitTimeoutMs?: number;
}

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string | undefined;
  size: number;
  content: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path after /api/vN, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** Route pattern that handled it, e.g. `/interactions/:id/:token/callback`; undefined if unknown. */
  route: string | undefined;
  /** Raw request URL as received (still percent-encoded). */
  url: string;
  query: Record<string, string>;
  /** All headers except authorization. */
  headers: Record<string, string | string[] | undefined>;
  /** Whether an Authorization header was present (interaction callbacks/webhooks are sent without). */
  authorized: boolean;
  /** Parsed JSON; for multipart the parsed `payload_json` part; raw text otherwise; undefined if empty. */
  body: unknown;
  files: UploadedFile[];
  /** Sent as multipart/form-data (files with a payload_json part). */
  multipart: boolean;
  time: number;
  /** Status the fake answered with (0 until answered). */
  status: number;
  /** True if answered by failNext/route overrides. */
  injected: boolean;
  unknown: boolean;
}

export interface FailureSpec {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). @discordjs/rest retries 5xx 3 times, so use 4 to surface one. */
  times?: number;
  /** Answer after this delay. */
  delayMs?: number;
}

/** `"METHOD /path/:param"` (method optional, `:x` matches one segment), a RegExp on `"METHOD /path"`, or a predicate. */
export type RouteMatcher = string | RegExp | ((req: RecordedRequest) => boolean);

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (req: RecordedRequest, params: Record<string, string>) => RouteResult | Promise<RouteResult>;

export interface InteractionCallbackBody {
  type: number;
  data?: {
    content?: string;
    flags?: number;
    embeds?: JsonObject[];
    components?: JsonObject[];
    choices?: { name: string; value: string | number }[];
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export type InteractionResponseKind = 'callback' | 'edit' | 'followup' | 'delete';

export interface InteractionResponseRecord {
  kind: InteractionResponseKind;
  method: string;
  path: string;
  /** '@original' or a message id for edit/delete. */
  messageId: string | undefined;
  body: InteractionCallbackBody & JsonObject;
  files: UploadedFile[];
  status: number;
  ok: boolean;
  time: number;
}

export interface FakeMessage extends JsonObject {
  id: string;
  channel_id: string;
  content: string;
  flags: number;
  embeds: unknown[];
  components: unknown[];
  attachments: JsonObject[];
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** The INTERACTION_CREATE `d` that was dispatched. */
  payload: JsonObject;
  /** Resolves once the dispatch was written to an open gateway socket. */
  delivered: Promise<void>;
  /** First accepted (2xx) interaction callback body. */
  reply(timeoutMs?: number): Promise<InteractionCallbackBody>;
  /** First accepted response of any kind: callback, @original edit, or followup. */
  firstResponse(timeoutMs?: number): Promise<InteractionResponseRecord>;
  /** Every response attempt for this interaction, including rejected ones (see `status`/`ok`). */
  responses(): InteractionResponseRecord[];
  /** Resolves when at least `count` accepted responses exist; returns the accepted ones. */
  waitForResponses(count: number, timeoutMs?: number): Promise<InteractionResponseRecord[]>;
  /** Resolves with the first response (accepted or not) matching `predicate`. */
  waitFor(predicate: (r: InteractionResponseRecord) => boolean, timeoutMs?: number): Promise<InteractionResponseRecord>;
  /** Current state of the original response message (after edits), if any. */
  message(): FakeMessage | undefined;
  /** Followup messages (excluding a followup that filled a deferred original). */
  followups(): FakeMessage[];
  /** Make the next callback(s) for this interaction fail. */
  failCallback(failure: FailureSpec): void;
}

export interface InteractionInit {
  /** Defaults to fake.guild.id; ignored when dm is true. */
  guildId?: string;
  /** Defaults to the guild's first text channel (or a fresh DM channel id). */
  channelId?: string;
  channelType?: number;
  dm?: boolean;
  user?: Partial<FakeUser>;
  /** member.permissions bitfield string. */
  permissions?: string;
  roles?: string[];
  appPermissions?: string;
  locale?: string;
  /** Force a shard instead of Discord's guild formula. */
  shardId?: number;
  /** Deep-merged last into the payload; an `undefined` value deletes the key. */
  overrides?: JsonObject;
}

export interface CommandInit extends InteractionInit {
  subcommand?: string;
  subcommandGroup?: string;
  commandId?: string;
}

export interface ButtonInit extends InteractionInit {
  /** The message the button belongs to; merged over a default bot message holding the button. */
  message?: JsonObject;
  componentType?: number;
}

export type CommandOptionValues = Record<string, string | number | boolean> | JsonObject[];

export interface GatewayLogEntry {
  direction: 'in' | 'out';
  connectionId: number;
  shardId: number | undefined;
  op: number;
  t: string | null | undefined;
  s: number | null | undefined;
  d: unknown;
  time: number;
}

export interface FakeDiscordEvents {
  request: [RecordedRequest];
  gateway: [GatewayLogEntry];
  identify: [{ shardId: number; shardCount: number; sessionId: string }];
  resume: [{ shardId: number; sessionId: string; replayed: number }];
  disconnect: [{ shardId: number | undefined; code: number; sessionId: string | undefined }];
  interactionResponse: [InteractionResponseRecord & { interactionId: string }];
}

export const DiscordErrors = {
  unknownInteraction: { status: 404, body: { message: 'Unknown interaction', code: 10062 } },
  alreadyAcknowledged: { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } },
  unknownWebhook: { status: 404, body: { message: 'Unknown Webhook', code: 10015 } },
  unknownMessage: { status: 404, body: { message: 'Unknown Message', code: 10008 } },
  missingAccess: { status: 403, body: { message: 'Missing Access', code: 50001 } },
  /** @discordjs/rest retries 5xx; pass `times: 4` (1 + 3 retries) to make the caller see an HTTPError. */
  internalError: { status: 500, body: { message: '500: Internal Server Error', code: 0 } },
  rateLimited(retryAfterSeconds = 0.05): FailureSpec {
    return {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
      headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
    };
  },
} as const satisfies Record<string, FailureSpec | ((...args: never[]) => FailureSpec)>;

export const FakeRoutes = {
  callback: 'POST /interactions/:id/:token/callback',
  editOriginal: 'PATCH /webhooks/:app/:token/messages/@original',
  getOriginal: 'GET /webhooks/:app/:token/messages/@original',
  deleteOriginal: 'DELETE /webhooks/:app/:token/messages/@original',
  followup: 'POST /webhooks/:app/:token',
  globalCommands: 'PUT /applications/:app/commands',
  guildCommands: 'PUT /applications/:app/guilds/:guild/commands',
  gatewayBot: 'GET /gateway/bot',
} as const;

/** Identify throttler that never waits: discord.js otherwise spaces identifies of one bucket 5 s apart. */
export const fastIdentifyThrottler = {
  waitForIdentify(_shardId: number, signal: AbortSignal): Promise<void> {
    return signal.aborted ? Promise.reject(new Error('aborted')) : Promise.resolve();
  },
};

/** For `new Client({ ws: { buildIdentifyThrottler: buildFastIdentifyThrottler } })`. */
export function buildFastIdentifyThrottler(): Promise<typeof fastIdentifyThrottler> {
  return Promise.resolve(fastIdentifyThrottler);
}

export interface FakeDiscord {
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  /** The configured token, or 'fake.bot.token' (anything is accepted unless options.token is set). */
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly defaultUser: FakeUser;
  readonly guilds: readonly FakeGuild[];
  /** The first configured guild; throws if none. */
  readonly guild: FakeGuild;
  readonly requests: RecordedRequest[];
  readonly gatewayLog: GatewayLogEntry[];

  /** `{ rest: { api }, ws: { buildIdentifyThrottler } }` to spread into `new Client({...})`. */
  clientOptions(opts?: { fastIdentify?: boolean }): Pick<ClientOptions, 'rest' | 'ws'>;

  failNext(matcher: RouteMatcher, failure: FailureSpec): void;
  delayNext(matcher: RouteMatcher, delayMs: number, times?: number): void;
  /** Add or override a REST route (checked before built-ins). Pattern like `/channels/:id/messages`. */
  route(method: string, pattern: string, handler: RouteHandler): void;
  requestsTo(matcher: RouteMatcher): RecordedRequest[];
  unknownRequests(): RecordedRequest[];
  waitForRequest(matcher: RouteMatcher, timeoutMs?: number): Promise<RecordedRequest>;
  registeredCommands(guildId?: string): JsonObject[];

  dispatch(t: string, d: unknown, shardId?: number): { shardId: number; delivered: Promise<void> };
  buildInteraction(partial?: JsonObject, init?: InteractionInit): JsonObject;
  sendInteraction(partial?: JsonObject, init?: InteractionInit): InteractionHandle;
  sendCommand(name: string, options?: CommandOptionValues, init?: CommandInit): InteractionHandle;
  sendAutocomplete(name: string, options: Record<string, string | number | boolean>, focused: string, init?: CommandInit): InteractionHandle;
  sendButton(customId: string, init?: ButtonInit): InteractionHandle;
  /**
   * A message command (Apps → name on a message): `data.type` 3, `target_id`, and the message in
   * `resolved.messages`. `message` is merged over a default message by `init.user`'s author
   * in the interaction's channel.
   */
  sendMessageCommand(name: string, message?: JsonObject, init?: CommandInit): InteractionHandle;
  interaction(idOrToken: string): InteractionHandle | undefined;

  /** Close open gateway sockets (optionally one shard) with `code`; resolves when they are closed. */
  closeGateway(code?: number, shardId?: number): Promise<void>;
  /** Drop sockets without a close frame (client sees 1006 and resumes). */
  terminateGateway(shardId?: number): Promise<void>;
  /** While false, gateway upgrades are refused with HTTP 503 (client keeps retrying its resume). */
  setGatewayAvailable(available: boolean): void;
  /** op 7: the client closes with 4200 and resumes. */
  requestReconnect(shardId?: number): void;
  /** op 9: `resumable=false` also forgets the session, forcing a fresh IDENTIFY. */
  invalidateSession(shardId?: number, resumable?: boolean): void;
  openConnections(shardId?: number): number;
  /**
   * Resolve once the fake has *sent* READY (or RESUMED) after this call — the client may not have
   * processed it yet. Before client.destroy(), wait for the client's own shardReady/shardResume event:
   * @discordjs/ws 1.2.3 hangs destroy() forever if a shard is still waiting for HELLO/READY
   * (the aborted wait starts a reconnect that clobbers destroy's onclose).
   */
  waitForIdentify(shardId?: number, timeoutMs?: number): Promise<void>;
  waitForResume(shardId?: number, timeoutMs?: number): Promise<void>;

  on<E extends keyof FakeDiscordEvents>(event: E, listener: (...args: FakeDiscordEvents[E]) => void): void;
  off<E extends keyof FakeDiscordEvents>(event: E, listener: (...args: FakeDiscordEvents[E]) => void): void;
  /** Forget recorded requests, gateway log and interaction responses (not sessions or commands). */
  clearRecords(): void;
  /**
   * Terminate sockets and stop both servers. Destroy the client first: a client left running
   * against a closed fake loops on reconnects, and destroying it mid-reconnect can hang (see waitForIdentify).
   */
  close(): Promise<void>;
}

// ───────────────────────────── internals ─────────────────────────────

const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Closes after which Discord would not accept a RESUME. */
const NON_RESUMABLE_SERVER_CLOSES = new Set([1000, 1001, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);

const MESSAGE_FLAG_EPHEMERAL = 64;
const MESSAGE_FLAG_LOADING = 128;

// ViewChannel, SendMessages, EmbedLinks, AttachFiles, ReadMessageHistory, AddReactions, UseApplicationCommands, UseExternalEmojis
const DEFAULT_MEMBER_PERMISSIONS = (
  (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 6n) | (1n << 31n) | (1n << 18n)
).toString();

interface LogEntry {
  s: number;
  t: string;
  d: unknown;
  delivered: boolean;
  onDelivered: (() => void)[];
}

interface Session {
  id: string;
  shardId: number;
  shardCount: number;
  seq: number;
  log: LogEntry[];
  conn: Connection | null;
  valid: boolean;
}

interface Connection {
  id: number;
  ws: WebSocket;
  session: Session | null;
  shardId: number | undefined;
  serverCloseCode: number | undefined;
  closed: Promise<void>;
}

interface InteractionState {
  id: string;
  token: string;
  applicationId: string;
  payload: JsonObject;
  createdAt: number;
  acked: boolean;
  callbackType: number | undefined;
  original: FakeMessage | undefined;
  messages: Map<string, FakeMessage>;
  responses: InteractionResponseRecord[];
}

interface InjectionRule {
  match: (req: RecordedRequest) => boolean;
  remaining: number;
  failure: FailureSpec | undefined;
  delayMs: number;
}

interface CustomRoute {
  method: string;
  segments: string[];
  handler: RouteHandler;
}

interface Waiter {
  check: () => boolean;
  reject: (err: Error) => void;
}

class HttpError extends Error {
  constructor(readonly result: RouteResult) {
    super(`fake Discord answers ${result.status}`);
  }
}

/** A guild member as the gateway and interactions carry it (only `permissions` is interaction-only). */
function memberPayload(user: JsonObject, roles: string[], joinedAt: string, extra: JsonObject = {}): JsonObject {
  return {
    user,
    roles,
    ...extra,
    joined_at: joinedAt,
    nick: null,
    avatar: null,
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
    communication_disabled_until: null,
  };
}

function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v);
}

/** Arrays are replaced; an explicit `undefined` deletes the key (e.g. drop guild_id). */
function deepMerge(base: JsonObject, patch: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      delete out[key];
    } else if (isPlainObject(value) && isPlainObject(out[key])) {
      out[key] = deepMerge(out[key], value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const a = actual[i] as string;
    if (p.startsWith(':')) params[p.slice(1)] = a;
    else if (p !== '*' && p !== a) return undefined;
  }
  return params;
}

function compileMatcher(matcher: RouteMatcher): (req: RecordedRequest) => boolean {
  if (typeof matcher === 'function') return matcher;
  if (matcher instanceof RegExp) return (req) => matcher.test(`${req.method} ${req.path}`);
  const trimmed = matcher.trim();
  const space = trimmed.indexOf(' ');
  const method = space === -1 ? '*' : trimmed.slice(0, space).toUpperCase();
  const segments = splitPath(space === -1 ? trimmed : trimmed.slice(space + 1));
  return (req) => (method === '*' || method === req.method) && matchSegments(segments, splitPath(req.path)) !== undefined;
}

function parseMultipart(buf: Buffer, boundary: string): { fields: Map<string, string>; files: UploadedFile[] } {
  const fields = new Map<string, string>();
  const files: UploadedFile[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = buf.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    if (buf.subarray(start, start + 2).toString() === '--') break;
    if (buf.subarray(start, start + 2).toString() === '\r\n') start += 2;
    const next = buf.indexOf(delimiter, start);
    if (next === -1) break;
    // Each part ends with CRLF before the next delimiter.
    const part = buf.subarray(start, Math.max(start, next - 2));
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headerText = part.subarray(0, headerEnd).toString('utf8');
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headerText)?.[1] ?? '';
      const filename = /filename="([^"]*)"/i.exec(headerText)?.[1];
      const contentType = /content-type:\s*([^\r\n]+)/i.exec(headerText)?.[1]?.trim();
      if (filename !== undefined) {
        files.push({ field: name, filename, contentType, size: content.length, content: Buffer.from(content) });
      } else {
        fields.set(name, content.toString('utf8'));
      }
    }
    pos = next;
  }
  return { fields, files };
}

function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown; files: UploadedFile[] } {
  if (raw.length === 0) return { body: undefined, files: [] };
  const ct = contentType ?? '';
  if (ct.startsWith('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(ct);
    const b = boundary?.[1] ?? boundary?.[2];
    if (b) {
      const { fields, files } = parseMultipart(raw, b.trim());
      const payload = fields.get('payload_json');
      let body: unknown = payload;
      if (payload !== undefined) {
        try {
          body = JSON.parse(payload);
        } catch {
          body = payload;
        }
      }
      return { body, files };
    }
  }
  const text = raw.toString('utf8');
  if (ct.includes('json')) {
    try {
      return { body: JSON.parse(text), files: [] };
    } catch {
      return { body: text, files: [] };
    }
  }
  return { body: text, files: [] };
}

/**
 * What Discord's OpenAPI description (discord/discord-api-spec) and its upload docs say about a
 * message with files: the files travel as multipart parts named files[0] … files[9] beside a
 * payload_json part; `attachments` lists at most 10 entries, each with an id that is a snowflake
 * string or the index n of an uploaded files[n] part (discord.js sends the number), a filename of
 * 1–1024 characters and a description of at most 1024; and a bot's upload is at most 10 MiB.
 */
export const UPLOAD_RULES = { maxFiles: 10, maxAttachments: 10, maxFilenameLength: 1024, maxDescriptionLength: 1024, maxUploadBytes: 10 * 1024 * 1024 } as const;
const FILE_PART = /^files\[(\d)\]$/;
const SNOWFLAKE_STRING = /^(0|[1-9][0-9]*)$/;

function invalidFormBody(errors: JsonObject): RouteResult {
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

/** Checks an upload as Discord would: an error result, or undefined when it is acceptable. */
export function checkUpload(data: JsonObject, files: UploadedFile[], existing: JsonObject[] = []): RouteResult | undefined {
  if (files.length > UPLOAD_RULES.maxFiles) return invalidFormBody({ files: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `At most ${UPLOAD_RULES.maxFiles} files` }] } });
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > UPLOAD_RULES.maxUploadBytes) return { status: 413, body: { message: 'Request entity too large', code: 40005 } };
  for (const file of files) {
    if (!FILE_PART.test(file.field)) return invalidFormBody({ [file.field]: { _errors: [{ code: 'UNKNOWN_FIELD', message: 'File parts are named files[0] to files[9]' }] } });
    if (file.filename.length === 0 || file.filename.length > UPLOAD_RULES.maxFilenameLength) {
      return invalidFormBody({ [file.field]: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'The file name must be 1 to 1024 characters' }] } });
    }
  }
  if (data.attachments === undefined || data.attachments === null) return undefined;
  if (!Array.isArray(data.attachments) || data.attachments.length > UPLOAD_RULES.maxAttachments) {
    return invalidFormBody({ attachments: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `At most ${UPLOAD_RULES.maxAttachments} attachments` }] } });
  }
  for (const [i, entry] of (data.attachments as unknown[]).entries()) {
    const att = asObject(entry);
    const id = att.id;
    const idOk = (typeof id === 'number' && Number.isInteger(id) && id >= 0) || (typeof id === 'string' && SNOWFLAKE_STRING.test(id));
    if (!idOk) return invalidFormBody({ attachments: { [i]: { id: { _errors: [{ code: 'SNOWFLAKE_TYPE_INVALID', message: 'Value is not snowflake.' }] } } } });
    const kept = existing.some((e) => e.id === String(id));
    if (!kept && !files.some((f) => f.field === `files[${String(id)}]`)) {
      return invalidFormBody({ attachments: { [i]: { _errors: [{ code: 'ATTACHMENT_NOT_FOUND', message: `No files[${String(id)}] part for this attachment` }] } } });
    }
    if (att.filename !== undefined && att.filename !== null && (typeof att.filename !== 'string' || att.filename.length === 0 || att.filename.length > UPLOAD_RULES.maxFilenameLength)) {
      return invalidFormBody({ attachments: { [i]: { filename: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 1024 in length.' }] } } } });
    }
    if (att.description !== undefined && att.description !== null && (typeof att.description !== 'string' || att.description.length > UPLOAD_RULES.maxDescriptionLength)) {
      return invalidFormBody({ attachments: { [i]: { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 1024 or fewer in length.' }] } } } });
    }
  }
  return undefined;
}

function asObject(v: unknown): JsonObject {
  return isPlainObject(v) ? v : {};
}

function describeRequest(r: RecordedRequest): string {
  return `${r.method} ${r.path} → ${r.status}`;
}

// ───────────────────────────── implementation ─────────────────────────────

class FakeDiscordImpl implements FakeDiscord {
  apiUrl = '';
  gatewayUrl = '';
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly defaultUser: FakeUser;
  readonly guilds: FakeGuild[];
  readonly requests: RecordedRequest[] = [];
  readonly gatewayLog: GatewayLogEntry[] = [];

  private readonly opts: Required<Pick<FakeDiscordOptions, 'shards' | 'maxConcurrency' | 'heartbeatInterval' | 'strict' | 'waitTimeoutMs'>> &
    FakeDiscordOptions;
  private readonly emitter = new EventEmitter();
  private readonly http: Server;
  private wss: WebSocketServer | undefined;
  private gatewayAvailable = true;
  private nextConnectionId = 1;
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private readonly currentSession = new Map<number, Session>();
  /** Dispatches for shards that have never identified yet. */
  private readonly preSessionQueue = new Map<number, LogEntry[]>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsById = new Map<string, InteractionState>();
  private readonly rules: InjectionRule[] = [];
  private readonly customRoutes: CustomRoute[] = [];
  private readonly commands = new Map<string, JsonObject[]>();
  private readonly waiters = new Set<Waiter>();
  /** Waiters on one interaction's responses, woken only by that interaction (keeps bursts O(n)). */
  private readonly interactionWaiters = new Map<string, Set<Waiter>>();
  private closed = false;

  constructor(options: FakeDiscordOptions) {
    this.opts = {
      shards: 1,
      maxConcurrency: 1,
      heartbeatInterval: 41250,
      strict: true,
      waitTimeoutMs: 4000,
      ...options,
    };
    this.token = options.token ?? 'fake.bot.token';
    const botId = options.bot?.id ?? snowflake();
    this.botUser = {
      id: botId,
      username: options.bot?.username ?? 'citebot-test',
      global_name: null,
      discriminator: '0',
      avatar: null,
      bot: true,
      verified: true,
      flags: 0,
      public_flags: 0,
      mfa_enabled: false,
      email: null,
    };
    this.applicationId = options.applicationId ?? botId;
    this.defaultUser = {
      id: snowflake(),
      username: 'tester',
      global_name: 'Tester',
      discriminator: '0',
      avatar: null,
      public_flags: 0,
      ...options.user,
    };
    const guildInits = options.guilds ?? [{}];
    this.guilds = guildInits.map((g, i) => ({
      id: g.id ?? snowflake(),
      name: g.name ?? (i === 0 ? 'Fake Guild' : `Fake Guild ${i + 1}`),
      unavailable: g.unavailable ?? false,
      roles: (g.roles ?? []).map((r, j) => ({ id: r.id ?? snowflake(), name: r.name ?? `role-${j + 1}`, permissions: r.permissions ?? '0' })),
      channels: (g.channels ?? [{}]).map((c, j) => ({
        id: c.id ?? snowflake(),
        name: c.name ?? (j === 0 ? 'general' : `channel-${j + 1}`),
        type: c.type ?? 0,
      })),
    }));
    this.http = createServer((req, res) => {
      void this.handleHttp(req, res);
    });
  }

  get guild(): FakeGuild {
    const g = this.guilds[0];
    if (!g) throw new Error('FakeDiscord was started with guilds: []');
    return g;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(0, '127.0.0.1', () => resolve());
    });
    this.apiUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/api`;

    const wss = new WebSocketServer({
      host: '127.0.0.1',
      port: 0,
      // Refusing the upgrade (not the TCP connect) makes the client treat it as a non-network
      // failure and keep trying to RESUME instead of re-identifying.
      verifyClient: (_info, cb) => (this.gatewayAvailable ? cb(true) : cb(false, 503, 'Gateway unavailable')),
    });
    this.wss = wss;
    await new Promise<void>((resolve, reject) => {
      wss.once('error', reject);
      wss.once('listening', () => resolve());
    });
    this.gatewayUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
    wss.on('connection', (ws, req) => this.onConnection(ws, req));
  }

  clientOptions(opts: { fastIdentify?: boolean } = {}): Pick<ClientOptions, 'rest' | 'ws'> {
    return {
      rest: { api: this.apiUrl },
      ...(opts.fastIdentify === false ? {} : { ws: { buildIdentifyThrottler: buildFastIdentifyThrottler } }),
    };
  }

  // ───── events & waiting ─────

  on<E extends keyof FakeDiscordEvents>(event: E, listener: (...args: FakeDiscordEvents[E]) => void): void {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
  }

  off<E extends keyof FakeDiscordEvents>(event: E, listener: (...args: FakeDiscordEvents[E]) => void): void {
    this.emitter.off(event, listener as (...args: unknown[]) => void);
  }

  private emit<E extends keyof FakeDiscordEvents>(event: E, ...args: FakeDiscordEvents[E]): void {
    this.emitter.emit(event, ...args);
    if (event === 'interactionResponse') {
      const { interactionId } = args[0] as InteractionResponseRecord & { interactionId: string };
      for (const w of [...(this.interactionWaiters.get(interactionId) ?? [])]) w.check();
    }
    this.notify();
  }

  private notify(): void {
    for (const w of [...this.waiters]) w.check();
  }

  private waitersFor(interactionId: string | undefined): Set<Waiter> {
    if (interactionId === undefined) return this.waiters;
    let set = this.interactionWaiters.get(interactionId);
    if (!set) {
      set = new Set();
      this.interactionWaiters.set(interactionId, set);
    }
    return set;
  }

  /**
   * Polls `probe` on every state change; the timeout message lists recent traffic to ease debugging.
   * With `interactionId`, the probe must depend only on that interaction's responses: it is then
   * checked only when those change.
   */
  private waitUntil<T>(what: string, probe: () => T | undefined, timeoutMs = this.opts.waitTimeoutMs, interactionId?: string): Promise<T> {
    const immediate = probe();
    if (immediate !== undefined) return Promise.resolve(immediate);
    if (this.closed) return Promise.reject(new Error(`FakeDiscord closed while waiting for ${what}`));
    const waiters = this.waitersFor(interactionId);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          const v = probe();
          if (v === undefined) return false;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(v);
          return true;
        },
        reject: (err) => {
          clearTimeout(timer);
          waiters.delete(waiter);
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        const recent = this.requests.slice(-8).map(describeRequest).join('; ') || 'none';
        const gw = this.gatewayLog
          .slice(-8)
          .map((e) => `${e.direction}:op${e.op}${e.t ? `/${e.t}` : ''}`)
          .join(' ');
        waiter.reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Recent REST: ${recent}. Recent gateway: ${gw || 'none'}`));
      }, timeoutMs);
      waiters.add(waiter);
    });
  }

  // ───── REST ─────

  failNext(matcher: RouteMatcher, failure: FailureSpec): void {
    this.rules.push({ match: compileMatcher(matcher), remaining: failure.times ?? 1, failure, delayMs: failure.delayMs ?? 0 });
  }

  delayNext(matcher: RouteMatcher, delayMs: number, times = 1): void {
    this.rules.push({ match: compileMatcher(matcher), remaining: times, failure: undefined, delayMs });
  }

  route(method: string, pattern: string, handler: RouteHandler): void {
    this.customRoutes.unshift({ method: method.toUpperCase(), segments: splitPath(pattern), handler });
  }

  requestsTo(matcher: RouteMatcher): RecordedRequest[] {
    const m = compileMatcher(matcher);
    return this.requests.filter(m);
  }

  unknownRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.unknown);
  }

  waitForRequest(matcher: RouteMatcher, timeoutMs?: number): Promise<RecordedRequest> {
    const m = compileMatcher(matcher);
    return this.waitUntil(`request ${String(matcher)}`, () => this.requests.find((r) => r.status !== 0 && m(r)), timeoutMs);
  }

  registeredCommands(guildId?: string): JsonObject[] {
    return [...(this.commands.get(guildId ?? 'global') ?? [])];
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Strip /api and /api/vN the way Discord routes them; segments are decoded so `%40original` → `@original`.
    const segments = splitPath(url.pathname).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    if (segments[0] === 'api') segments.shift();
    if (segments[0] !== undefined && /^v\d+$/.test(segments[0])) segments.shift();
    const { authorization, ...headers } = req.headers;
    const { body, files } = parseBody(raw, req.headers['content-type']);
    const record: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: `/${segments.join('/')}`,
      route: undefined,
      url: req.url ?? '',
      query: Object.fromEntries(url.searchParams),
      headers,
      authorized: authorization !== undefined,
      body,
      files,
      multipart: (req.headers['content-type'] ?? '').startsWith('multipart/form-data'),
      time: Date.now(),
      status: 0,
      injected: false,
      unknown: false,
    };
    this.requests.push(record);

    let result: RouteResult;
    try {
      result = await this.route_(record, segments, authorization);
    } catch (err) {
      result =
        err instanceof HttpError
          ? err.result
          : { status: 500, body: { message: `fake discord crashed: ${String(err)}`, code: 0 } };
    }
    record.status = result.status;
    if (!res.destroyed) {
      const hdrs: Record<string, string> = { ...result.headers };
      if (result.body !== undefined && result.status !== 204) {
        hdrs['content-type'] = 'application/json';
        res.writeHead(result.status, hdrs);
        res.end(JSON.stringify(result.body));
      } else {
        res.writeHead(result.status, hdrs);
        res.end();
      }
    }
    this.emit('request', record);
  }

  private async route_(record: RecordedRequest, segments: string[], authorization: string | undefined): Promise<RouteResult> {
    const rule = this.rules.find((r) => r.remaining > 0 && r.match(record));
    if (rule) {
      rule.remaining -= 1;
      if (rule.delayMs > 0) await new Promise((r) => setTimeout(r, rule.delayMs));
      if (rule.failure) {
        record.injected = true;
        const result = { status: rule.failure.status, body: rule.failure.body, headers: rule.failure.headers };
        this.noteInjectedInteractionFailure(record, segments, result.status);
        return result;
      }
    }

    for (const r of this.customRoutes) {
      if (r.method !== record.method && r.method !== '*') continue;
      const params = matchSegments(r.segments, segments);
      if (!params) continue;
      record.route = `/${r.segments.join('/')}`;
      record.injected = true;
      return r.handler(record, params);
    }

    for (const r of this.builtinRoutes) {
      if (r.method !== record.method) continue;
      const params = matchSegments(r.segments, segments);
      if (!params) continue;
      record.route = `/${r.segments.join('/')}`;
      if (r.auth && this.opts.token !== undefined && authorization !== `Bot ${this.opts.token}`) {
        return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      }
      return r.handler(record, params);
    }

    record.unknown = true;
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private readonly builtinRoutes: { method: string; segments: string[]; auth: boolean; handler: RouteHandler }[] = [
    this.def('GET', '/gateway', false, () => ({ status: 200, body: { url: this.gatewayUrl } })),
    this.def('GET', '/gateway/bot', true, () => ({
      status: 200,
      body: {
        url: this.gatewayUrl,
        shards: this.opts.shards,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.opts.maxConcurrency },
      },
    })),
    this.def('GET', '/users/@me', true, () => ({ status: 200, body: this.botUser })),
    this.def('GET', '/applications/@me', true, () => ({ status: 200, body: this.applicationObject() })),
    this.def('GET', '/oauth2/applications/@me', true, () => ({ status: 200, body: this.applicationObject() })),

    this.def('GET', '/applications/:app/commands', true, (_r, p) => this.listCommands(p, undefined)),
    this.def('PUT', '/applications/:app/commands', true, (r, p) => this.putCommands(r, p, undefined)),
    this.def('POST', '/applications/:app/commands', true, (r, p) => this.upsertCommand(r, p, undefined)),
    this.def('GET', '/applications/:app/commands/:cmd', true, (_r, p) => this.getCommand(p, undefined)),
    this.def('PATCH', '/applications/:app/commands/:cmd', true, (r, p) => this.patchCommand(r, p, undefined)),
    this.def('DELETE', '/applications/:app/commands/:cmd', true, (_r, p) => this.deleteCommand(p, undefined)),
    this.def('GET', '/applications/:app/guilds/:guild/commands', true, (_r, p) => this.listCommands(p, p.guild)),
    this.def('PUT', '/applications/:app/guilds/:guild/commands', true, (r, p) => this.putCommands(r, p, p.guild)),
    this.def('POST', '/applications/:app/guilds/:guild/commands', true, (r, p) => this.upsertCommand(r, p, p.guild)),
    this.def('GET', '/applications/:app/guilds/:guild/commands/:cmd', true, (_r, p) => this.getCommand(p, p.guild)),
    this.def('PATCH', '/applications/:app/guilds/:guild/commands/:cmd', true, (r, p) => this.patchCommand(r, p, p.guild)),
    this.def('DELETE', '/applications/:app/guilds/:guild/commands/:cmd', true, (_r, p) => this.deleteCommand(p, p.guild)),

    this.def('POST', '/interactions/:id/:token/callback', false, (r, p) => this.interactionCallback(r, p)),
    this.def('POST', '/webhooks/:app/:token', false, (r, p) => this.webhookFollowup(r, p)),
    this.def('GET', '/webhooks/:app/:token/messages/:msg', false, (r, p) => this.webhookMessage(r, p)),
    this.def('PATCH', '/webhooks/:app/:token/messages/:msg', false, (r, p) => this.webhookMessage(r, p)),
    this.def('DELETE', '/webhooks/:app/:token/messages/:msg', false, (r, p) => this.webhookMessage(r, p)),
  ];

  private def(method: string, pattern: string, auth: boolean, handler: RouteHandler) {
    return { method, segments: splitPath(pattern), auth, handler };
  }

  private applicationObject(): JsonObject {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      owner: { ...this.defaultUser },
      team: null,
      bot: this.botUser,
      approximate_guild_count: this.guilds.length,
      integration_types_config: { '0': {} },
      redirect_uris: [],
      interactions_endpoint_url: null,
      tags: [],
    };
  }

  // ───── application commands ─────

  private checkApp(p: Record<string, string>): void {
    if (this.opts.strict && p.app !== this.applicationId) {
      throw new HttpError({ status: 404, body: { message: 'Unknown Application', code: 10002 } });
    }
  }

  private listCommands(p: Record<string, string>, guildId: string | undefined): RouteResult {
    this.checkApp(p);
    return { status: 200, body: this.registeredCommands(guildId) };
  }

  /** A subset of Discord's registration rules, enough to catch typical deploy-script mistakes. */
  private validateCommand(cmd: JsonObject, path: string): string[] {
    const errors: string[] = [];
    const type = typeof cmd.type === 'number' ? cmd.type : 1;
    const name = cmd.name;
    if (typeof name !== 'string' || name.length < 1 || name.length > 32) errors.push(`${path}.name: must be 1-32 characters`);
    else if (type === 1 && (!/^[-_\p{L}\p{N}]+$/u.test(name) || name !== name.toLowerCase())) {
      errors.push(`${path}.name: must be lowercase and match ^[-_\\p{L}\\p{N}]{1,32}$`);
    }
    if (type === 1) {
      const d = cmd.description;
      if (typeof d !== 'string' || d.length < 1 || d.length > 100) errors.push(`${path}.description: must be 1-100 characters`);
    } else {
      // USER and MESSAGE commands: "Empty string for USER and MESSAGE commands", and no options.
      if (cmd.description !== undefined && cmd.description !== '') errors.push(`${path}.description: must be empty for context menu commands`);
      if (Array.isArray(cmd.options) && cmd.options.length > 0) errors.push(`${path}.options: context menu commands take no options`);
    }
    const options = Array.isArray(cmd.options) ? (cmd.options as unknown[]) : [];
    if (options.length > 25) errors.push(`${path}.options: at most 25`);
    let sawOptional = false;
    options.forEach((o, i) => {
      const opt = asObject(o);
      const optType = typeof opt.type === 'number' ? opt.type : 0;
      if (optType === 1 || optType === 2) {
        errors.push(...this.validateCommand({ ...opt, type: 1 }, `${path}.options[${i}]`));
        return;
      }
      if (optType < 3 || optType > 11) errors.push(`${path}.options[${i}].type: invalid option type ${String(opt.type)}`);
      const oname = opt.name;
      if (typeof oname !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(oname) || oname !== oname.toLowerCase()) {
        errors.push(`${path}.options[${i}].name: invalid`);
      }
      const od = opt.description;
      if (typeof od !== 'string' || od.length < 1 || od.length > 100) errors.push(`${path}.options[${i}].description: must be 1-100 characters`);
      if (opt.required === true && sawOptional) errors.push(`${path}.options[${i}]: required options must be placed before non-required options`);
      if (opt.required !== true) sawOptional = true;
      if (Array.isArray(opt.choices) && opt.choices.length > 25) errors.push(`${path}.options[${i}].choices: at most 25`);
      if (Array.isArray(opt.choices) && opt.choices.length > 0 && opt.autocomplete === true) {
        errors.push(`${path}.options[${i}]: autocomplete and choices are mutually exclusive`);
      }
    });
    return errors;
  }

  private normaliseCommand(cmd: JsonObject, guildId: string | undefined, existing: JsonObject | undefined): JsonObject {
    return {
      type: 1,
      description: '',
      options: [],
      default_member_permissions: null,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      ...cmd,
      id: (existing?.id) ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      ...(guildId !== undefined ? { guild_id: guildId } : {}),
    };
  }

  private sameCommand(a: JsonObject, b: JsonObject): boolean {
    return a.name === b.name && (a.type ?? 1) === (b.type ?? 1);
  }

  private putCommands(r: RecordedRequest, p: Record<string, string>, guildId: string | undefined): RouteResult {
    this.checkApp(p);
    if (!Array.isArray(r.body)) {
      return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { _errors: [{ message: 'Expected an array' }] } } };
    }
    const input = r.body.map(asObject);
    if (this.opts.strict) {
      const errors = input.flatMap((c, i) => this.validateCommand(c, `[${i}]`));
      if (errors.length > 0) return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
    }
    const previous = this.commands.get(guildId ?? 'global') ?? [];
    // Bulk overwrite keeps ids of commands with the same name+type, as Discord does.
    const stored = input.map((c) => this.normaliseCommand(c, guildId, previous.find((e) => this.sameCommand(e, c))));
    this.commands.set(guildId ?? 'global', stored);
    return { status: 200, body: stored };
  }

  private upsertCommand(r: RecordedRequest, p: Record<string, string>, guildId: string | undefined): RouteResult {
    this.checkApp(p);
    const cmd = asObject(r.body);
    if (this.opts.strict) {
      const errors = this.validateCommand(cmd, '');
      if (errors.length > 0) return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
    }
    const list = this.commands.get(guildId ?? 'global') ?? [];
    const existing = list.find((e) => this.sameCommand(e, cmd));
    const stored = this.normaliseCommand(cmd, guildId, existing);
    this.commands.set(guildId ?? 'global', [...list.filter((e) => e !== existing), stored]);
    return { status: existing ? 200 : 201, body: stored };
  }

  private findCommand(p: Record<string, string>, guildId: string | undefined): JsonObject {
    this.checkApp(p);
    const found = (this.commands.get(guildId ?? 'global') ?? []).find((c) => c.id === p.cmd);
    if (!found) throw new HttpError({ status: 404, body: { message: 'Unknown application command', code: 10063 } });
    return found;
  }

  private getCommand(p: Record<string, string>, guildId: string | undefined): RouteResult {
    return { status: 200, body: this.findCommand(p, guildId) };
  }

  private patchCommand(r: RecordedRequest, p: Record<string, string>, guildId: string | undefined): RouteResult {
    const found = this.findCommand(p, guildId);
    Object.assign(found, asObject(r.body), { version: snowflake() });
    return { status: 200, body: found };
  }

  private deleteCommand(p: Record<string, string>, guildId: string | undefined): RouteResult {
    const found = this.findCommand(p, guildId);
    const key = guildId ?? 'global';
    this.commands.set(key, (this.commands.get(key) ?? []).filter((c) => c !== found));
    return { status: 204 };
  }

  // ───── interactions over REST ─────

  private recordResponse(state: InteractionState, r: RecordedRequest, kind: InteractionResponseKind, status: number, messageId?: string): void {
    const rec: InteractionResponseRecord = {
      kind,
      method: r.method,
      path: r.path,
      messageId,
      body: asObject(r.body) as InteractionCallbackBody & JsonObject,
      files: r.files,
      status,
      ok: status >= 200 && status < 300,
      time: r.time,
    };
    // Set before waiters wake, so a test resumed by reply() already sees the final status.
    r.status = status;
    state.responses.push(rec);
    this.emit('interactionResponse', { ...rec, interactionId: state.id });
  }

  /** Injected failures still count as response attempts, so tests can see the bot tried. */
  private noteInjectedInteractionFailure(r: RecordedRequest, segments: string[], status: number): void {
    let state: InteractionState | undefined;
    let kind: InteractionResponseKind | undefined;
    let messageId: string | undefined;
    if (segments[0] === 'interactions' && segments[3] === 'callback' && r.method === 'POST') {
      state = this.interactions.get(segments[2] ?? '');
      kind = 'callback';
    } else if (segments[0] === 'webhooks' && segments.length >= 3) {
      state = this.interactions.get(segments[2] ?? '');
      messageId = segments[4];
      if (r.method === 'POST' && segments.length === 3) kind = 'followup';
      else if (r.method === 'PATCH') kind = 'edit';
      else if (r.method === 'DELETE') kind = 'delete';
    }
    if (state && kind) this.recordResponse(state, r, kind, status, messageId);
  }

  private adhocInteraction(id: string, token: string, applicationId: string): InteractionState {
    return this.trackInteraction(id, token, applicationId, {});
  }

  private trackInteraction(id: string, token: string, applicationId: string, payload: JsonObject): InteractionState {
    const state: InteractionState = {
      id,
      token,
      applicationId,
      payload,
      createdAt: Date.now(),
      acked: false,
      callbackType: undefined,
      original: undefined,
      messages: new Map(),
      responses: [],
    };
    this.interactions.set(token, state);
    this.interactionsById.set(id, state);
    return state;
  }

  private interactionCallback(r: RecordedRequest, p: Record<string, string>): RouteResult {
    const id = p.id ?? '';
    const token = p.token ?? '';
    const known = this.interactions.get(token);
    if ((!known || known.id !== id) && this.opts.strict) return DiscordErrors.unknownInteraction;
    const state = known && known.id === id ? known : this.adhocInteraction(id, token, this.applicationId);
    const fail = (result: RouteResult): RouteResult => {
      this.recordResponse(state, r, 'callback', result.status);
      return result;
    };
    if (this.opts.strict) {
      if (this.opts.callbackDeadlineMs !== undefined && Date.now() - state.createdAt > this.opts.callbackDeadlineMs) {
        return fail(DiscordErrors.unknownInteraction);
      }
      if (state.acked) return fail(DiscordErrors.alreadyAcknowledged);
    }
    const body = asObject(r.body);
    const type = typeof body.type === 'number' ? body.type : 0;
    const data = asObject(body.data);
    const rejected = checkUpload(data, r.files, type === 7 ? ((asObject(state.payload.message).attachments as JsonObject[] | undefined) ?? []) : []);
    if (rejected) return fail(rejected);
    state.acked = true;
    state.callbackType = type;
    const isComponent = state.payload.type === 3 || state.payload.type === 5;
    if (type === 4) {
      state.original = this.buildMessage(state, data, r.files, undefined);
    } else if (type === 5) {
      const flags = (typeof data.flags === 'number' ? data.flags : 0) | MESSAGE_FLAG_LOADING;
      state.original = this.buildMessage(state, { flags }, [], undefined);
    } else if ((type === 6 || type === 7) && isComponent) {
      const msg = asObject(state.payload.message);
      const base = { ...msg, embeds: msg.embeds ?? [], components: msg.components ?? [], attachments: msg.attachments ?? [] } as FakeMessage;
      state.original = type === 7 ? this.applyEdit(base, data, r.files) : base;
    }
    this.recordResponse(state, r, 'callback', r.query.with_response === 'true' ? 200 : 204);
    if (r.query.with_response === 'true') {
      const resource = state.original && (type === 4 || type === 5 || type === 7) ? { type, message: state.original } : { type };
      return {
        status: 200,
        body: {
          interaction: {
            id: state.id,
            type: state.payload.type ?? 2,
            response_message_id: state.original?.id,
            response_message_loading: type === 5,
            response_message_ephemeral: ((state.original?.flags ?? 0) & MESSAGE_FLAG_EPHEMERAL) !== 0,
          },
          resource,
        },
      };
    }
    return { status: 204 };
  }

  private webhookState(p: Record<string, string>): InteractionState {
    const state = this.interactions.get(p.token ?? '');
    if (!state) {
      if (this.opts.strict) throw new HttpError(DiscordErrors.unknownWebhook);
      return this.adhocInteraction(snowflake(), p.token ?? '', p.app ?? this.applicationId);
    }
    if (this.opts.strict && (p.app !== state.applicationId || !state.acked)) throw new HttpError(DiscordErrors.unknownWebhook);
    return state;
  }

  private webhookFollowup(r: RecordedRequest, p: Record<string, string>): RouteResult {
    let state: InteractionState;
    try {
      state = this.webhookState(p);
    } catch (err) {
      const known = this.interactions.get(p.token ?? '');
      if (known && err instanceof HttpError) this.recordResponse(known, r, 'followup', err.result.status);
      throw err;
    }
    const data = asObject(r.body);
    const rejected = checkUpload(data, r.files);
    if (rejected) {
      this.recordResponse(state, r, 'followup', rejected.status);
      return rejected;
    }
    let message: FakeMessage;
    if (state.original && (state.original.flags & MESSAGE_FLAG_LOADING) !== 0) {
      // Discord turns the first followup after a deferred reply into the original response.
      message = this.applyEdit(state.original, data, r.files);
      state.original = message;
    } else {
      message = this.buildMessage(state, data, r.files, undefined);
      state.messages.set(message.id, message);
    }
    const wait = r.query.wait === 'true';
    this.recordResponse(state, r, 'followup', wait ? 200 : 204);
    return wait ? { status: 200, body: message } : { status: 204 };
  }

  private webhookMessage(r: RecordedRequest, p: Record<string, string>): RouteResult {
    const msgId = p.msg ?? '';
    const kind: InteractionResponseKind | undefined = r.method === 'PATCH' ? 'edit' : r.method === 'DELETE' ? 'delete' : undefined;
    let state: InteractionState;
    try {
      state = this.webhookState(p);
    } catch (err) {
      const known = this.interactions.get(p.token ?? '');
      if (known && kind && err instanceof HttpError) this.recordResponse(known, r, kind, err.result.status, msgId);
      throw err;
    }
    const current = msgId === '@original' ? state.original : (state.messages.get(msgId) ?? (state.original?.id === msgId ? state.original : undefined));
    if (!current) {
      if (kind) this.recordResponse(state, r, kind, 404, msgId);
      return DiscordErrors.unknownMessage;
    }
    if (r.method === 'GET') return { status: 200, body: current };
    if (r.method === 'DELETE') {
      if (current === state.original) state.original = undefined;
      state.messages.delete(current.id);
      this.recordResponse(state, r, 'delete', 204, msgId);
      return { status: 204 };
    }
    const rejected = checkUpload(asObject(r.body), r.files, current.attachments);
    if (rejected) {
      this.recordResponse(state, r, 'edit', rejected.status, msgId);
      return rejected;
    }
    const updated = this.applyEdit(current, asObject(r.body), r.files);
    if (current === state.original) state.original = updated;
    else state.messages.set(updated.id, updated);
    this.recordResponse(state, r, 'edit', 200, msgId);
    return { status: 200, body: updated };
  }

  private attachmentsFrom(data: JsonObject, files: UploadedFile[], existing: JsonObject[]): JsonObject[] {
    const toAttachment = (f: UploadedFile, extra: JsonObject = {}): JsonObject => {
      const id = snowflake();
      return {
        id,
        filename: f.filename,
        size: f.size,
        content_type: f.contentType,
        url: `https://cdn.discordapp.com/attachments/0/${id}/${f.filename}`,
        proxy_url: `https://media.discordapp.net/attachments/0/${id}/${f.filename}`,
        ...extra,
      };
    };
    if (!Array.isArray(data.attachments)) {
      return files.length > 0 ? [...existing, ...files.map((f) => toAttachment(f))] : existing;
    }
    // `attachments` lists what to keep: existing ids stay, numeric ids point at files[n].
    return (data.attachments as unknown[]).flatMap((a) => {
      const att = asObject(a);
      const kept = existing.find((e) => e.id === String(att.id));
      if (kept) return [kept];
      const file = files.find((f) => f.field === `files[${String(att.id)}]`) ?? files[Number(att.id)];
      return file ? [toAttachment(file, att.description !== undefined ? { description: att.description } : {})] : [];
    });
  }

  private buildMessage(state: InteractionState, data: JsonObject, files: UploadedFile[], id: string | undefined): FakeMessage {
    const payload = state.payload;
    const channelId = (asObject(payload.channel).id as string | undefined) ?? (payload.channel_id as string | undefined) ?? snowflake();
    const user = asObject(payload.user ?? asObject(payload.member).user);
    const messageId = id ?? snowflake();
    // allowed_mentions only steers pings and attachments is rebuilt below; neither belongs on the message.
    const rest: JsonObject = { ...data };
    delete rest.allowed_mentions;
    delete rest.attachments;
    return {
      type: payload.type === 2 ? 20 : 0,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      mention_channels: [],
      pinned: false,
      edited_timestamp: null,
      timestamp: new Date().toISOString(),
      embeds: [],
      components: [],
      content: '',
      ...rest,
      id: messageId,
      channel_id: channelId,
      ...(payload.guild_id !== undefined ? { guild_id: payload.guild_id } : {}),
      author: { ...this.botUser },
      flags: typeof data.flags === 'number' ? data.flags : 0,
      attachments: this.attachmentsFrom(data, files, []),
      webhook_id: state.applicationId,
      application_id: state.applicationId,
      interaction_metadata: {
        id: state.id,
        type: payload.type ?? 2,
        user,
        authorizing_integration_owners: payload.authorizing_integration_owners ?? {},
        ...(asObject(payload.data).name !== undefined ? { name: asObject(payload.data).name } : {}),
      },
    };
  }

  private applyEdit(current: FakeMessage, data: JsonObject, files: UploadedFile[]): FakeMessage {
    const next: FakeMessage = { ...current, edited_timestamp: new Date().toISOString() };
    if ('content' in data && data.content !== undefined) next.content = typeof data.content === 'string' ? data.content : '';
    if (Array.isArray(data.embeds) || data.embeds === null) next.embeds = data.embeds ?? [];
    if (Array.isArray(data.components) || data.components === null) next.components = data.components ?? [];
    if ('poll' in data) next.poll = data.poll;
    // Ephemerality is fixed at creation; the loading flag goes once real content arrives.
    let flags = current.flags & ~MESSAGE_FLAG_LOADING;
    if (typeof data.flags === 'number') flags = (data.flags & ~MESSAGE_FLAG_EPHEMERAL) | (current.flags & MESSAGE_FLAG_EPHEMERAL);
    next.flags = flags & ~MESSAGE_FLAG_LOADING;
    next.attachments = this.attachmentsFrom(data, files, current.attachments);
    return next;
  }

  // ───── interaction builders ─────

  private resolveContext(init: InteractionInit): {
    guildId: string | undefined;
    channel: JsonObject;
    user: FakeUser;
  } {
    const user: FakeUser = { ...this.defaultUser, ...init.user };
    if (init.dm) {
      return { guildId: undefined, channel: { id: init.channelId ?? snowflake(), type: 1, flags: 0, recipients: [user] }, user };
    }
    const guild = init.guildId !== undefined ? this.guilds.find((g) => g.id === init.guildId) : this.guilds[0];
    const guildId = init.guildId ?? guild?.id ?? snowflake();
    const chan = guild?.channels.find((c) => c.id === init.channelId) ?? (init.channelId === undefined ? guild?.channels.find((c) => c.type === 0) : undefined);
    const channel: JsonObject = {
      id: init.channelId ?? chan?.id ?? snowflake(),
      type: init.channelType ?? chan?.type ?? 0,
      name: chan?.name ?? 'channel',
      guild_id: guildId,
      position: 0,
      parent_id: null,
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      permissions: init.permissions ?? DEFAULT_MEMBER_PERMISSIONS,
    };
    return { guildId, channel, user };
  }

  buildInteraction(partial: JsonObject = {}, init: InteractionInit = {}): JsonObject {
    const { guildId, channel, user } = this.resolveContext(init);
    const id = snowflake();
    const type = typeof partial.type === 'number' ? partial.type : 2;
    const base: JsonObject = {
      id,
      application_id: this.applicationId,
      type,
      token: `fake-itoken-${id}-${randomBytes(24).toString('base64url')}`,
      version: 1,
      channel,
      channel_id: channel.id,
      app_permissions: init.appPermissions ?? DEFAULT_MEMBER_PERMISSIONS,
      entitlements: [],
      locale: init.locale ?? 'en-US',
      attachment_size_limit: 8 * 1024 * 1024,
    };
    if (guildId !== undefined) {
      Object.assign(base, {
        guild_id: guildId,
        guild: { id: guildId, locale: 'en-US', features: [] },
        guild_locale: 'en-US',
        member: memberPayload(user, init.roles ?? [], new Date(Date.now() - 86_400_000).toISOString(), { permissions: init.permissions ?? DEFAULT_MEMBER_PERMISSIONS }),
        authorizing_integration_owners: { '0': guildId },
        context: 0,
      });
    } else {
      Object.assign(base, { user, authorizing_integration_owners: { '0': '0' }, context: 1 });
    }
    if (type === 2 || type === 4) {
      base.data = { id: snowflake(), name: 'test', type: 1, options: [] };
    } else if (type === 3) {
      base.data = { custom_id: 'button', component_type: 2 };
    }
    return deepMerge(deepMerge(base, partial), init.overrides ?? {});
  }

  private registerInteraction(payload: JsonObject): InteractionState | undefined {
    const id = payload.id;
    const token = payload.token;
    if (typeof id !== 'string' || typeof token !== 'string') return undefined;
    return this.trackInteraction(id, token, typeof payload.application_id === 'string' ? payload.application_id : this.applicationId, payload);
  }

  private handleFor(state: InteractionState, delivered: Promise<void>): InteractionHandle {
    const accepted = () => state.responses.filter((r) => r.ok);
    return {
      id: state.id,
      token: state.token,
      payload: state.payload,
      delivered,
      reply: (timeoutMs) =>
        this.waitUntil(`an interaction callback for ${state.id}`, () => accepted().find((r) => r.kind === 'callback')?.body, timeoutMs, state.id),
      firstResponse: (timeoutMs) =>
        this.waitUntil(`any response to interaction ${state.id}`, () => accepted().find((r) => r.kind !== 'delete'), timeoutMs, state.id),
      responses: () => [...state.responses],
      waitForResponses: (count, timeoutMs) =>
        this.waitUntil(`${count} responses to interaction ${state.id}`, () => (accepted().length >= count ? accepted() : undefined), timeoutMs, state.id),
      waitFor: (predicate, timeoutMs) =>
        this.waitUntil(`a matching response to interaction ${state.id}`, () => state.responses.find(predicate), timeoutMs, state.id),
      message: () => state.original,
      followups: () => [...state.messages.values()],
      failCallback: (failure) =>
        this.failNext((r) => r.method === 'POST' && r.path === `/interactions/${state.id}/${state.token}/callback`, failure),
    };
  }

  interaction(idOrToken: string): InteractionHandle | undefined {
    const state = this.interactions.get(idOrToken) ?? this.interactionsById.get(idOrToken);
    return state ? this.handleFor(state, Promise.resolve()) : undefined;
  }

  sendInteraction(partial: JsonObject = {}, init: InteractionInit = {}): InteractionHandle {
    const payload = this.buildInteraction(partial, init);
    const guildId = typeof payload.guild_id === 'string' ? payload.guild_id : undefined;
    const shardId = init.shardId ?? (guildId !== undefined ? shardIdForGuild(guildId, this.shardCount()) : 0);
    // Registered before dispatch so a very fast callback can never race the bookkeeping.
    const state = this.registerInteraction(payload);
    const { delivered } = this.dispatch('INTERACTION_CREATE', payload, shardId);
    if (!state) throw new Error('interaction payload needs string id and token');
    return this.handleFor(state, delivered);
  }

  /** Declared option types of a registered command (guild scope first), so getNumber()/getInteger() type checks pass. */
  private declaredOptionTypes(name: string, guildId: string | undefined, sub: string | undefined, group: string | undefined): { id: string | undefined; types: Map<string, number>; guildScoped: boolean } {
    const scopes: [string | undefined, JsonObject[]][] = [];
    if (guildId !== undefined) scopes.push([guildId, this.commands.get(guildId) ?? []]);
    scopes.push([undefined, this.commands.get('global') ?? []]);
    for (const [scope, list] of scopes) {
      const cmd = list.find((c) => c.name === name && (c.type ?? 1) === 1);
      if (!cmd) continue;
      let opts = Array.isArray(cmd.options) ? (cmd.options as unknown[]).map(asObject) : [];
      if (group !== undefined) {
        const g = opts.find((o) => o.type === 2 && o.name === group);
        opts = Array.isArray(g?.options) ? (g.options as unknown[]).map(asObject) : [];
      }
      if (sub !== undefined) {
        const s = opts.find((o) => o.type === 1 && o.name === sub);
        opts = Array.isArray(s?.options) ? (s.options as unknown[]).map(asObject) : [];
      }
      const types = new Map<string, number>();
      for (const o of opts) if (typeof o.name === 'string' && typeof o.type === 'number') types.set(o.name, o.type);
      return { id: cmd.id as string | undefined, types, guildScoped: scope !== undefined };
    }
    return { id: undefined, types: new Map(), guildScoped: false };
  }

  private commandData(name: string, options: CommandOptionValues, init: CommandInit, focused: string | undefined): JsonObject {
    const guildId = init.dm ? undefined : (init.guildId ?? this.guilds[0]?.id);
    const declared = this.declaredOptionTypes(name, guildId, init.subcommand, init.subcommandGroup);
    let leaf: JsonObject[];
    if (Array.isArray(options)) {
      leaf = options;
    } else {
      leaf = Object.entries(options).map(([optName, value]) => {
        const inferred = typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3;
        const opt: JsonObject = { name: optName, type: declared.types.get(optName) ?? inferred, value };
        if (optName === focused) opt.focused = true;
        return opt;
      });
    }
    let top: JsonObject[] = leaf;
    if (init.subcommand !== undefined) top = [{ name: init.subcommand, type: 1, options: leaf }];
    if (init.subcommandGroup !== undefined) top = [{ name: init.subcommandGroup, type: 2, options: top }];
    return {
      id: init.commandId ?? declared.id ?? snowflake(),
      name,
      type: 1,
      options: top,
      ...(declared.guildScoped && guildId !== undefined ? { guild_id: guildId } : {}),
    };
  }

  sendCommand(name: string, options: CommandOptionValues = {}, init: CommandInit = {}): InteractionHandle {
    return this.sendInteraction({ type: 2, data: this.commandData(name, options, init, undefined) }, init);
  }

  sendAutocomplete(name: string, options: Record<string, string | number | boolean>, focused: string, init: CommandInit = {}): InteractionHandle {
    const all = focused in options ? options : { ...options, [focused]: '' };
    return this.sendInteraction({ type: 4, data: this.commandData(name, all, init, focused) }, init);
  }

  /** A channel message's JSON as the gateway sends it, with nothing in it yet. */
  private messageJson(channelId: string, guildId: string | undefined, author: JsonObject, at: Date): JsonObject {
    return {
      id: snowflake(),
      type: 0,
      channel_id: channelId,
      ...(guildId !== undefined ? { guild_id: guildId } : {}),
      author,
      content: '',
      embeds: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: at.toISOString(),
      edited_timestamp: null,
      flags: 0,
      components: [],
    };
  }

  sendMessageCommand(name: string, message: JsonObject = {}, init: CommandInit = {}): InteractionHandle {
    const { channel, user } = this.resolveContext(init);
    const channelId = (init.channelId ?? channel.id) as string;
    const guildId = init.dm ? undefined : (init.guildId ?? this.guilds[0]?.id);
    // A member's message a minute old, as it would be when someone opens its Apps menu.
    const target = deepMerge(this.messageJson(channelId, guildId, { ...user }, new Date(Date.now() - 60_000)), message);
    const registered = [...(guildId !== undefined ? (this.commands.get(guildId) ?? []) : []), ...(this.commands.get('global') ?? [])].find((c) => c.name === name && c.type === 3);
    const data: JsonObject = {
      id: init.commandId ?? registered?.id ?? snowflake(),
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id as string]: target } },
      ...(registered?.guild_id !== undefined ? { guild_id: registered.guild_id } : {}),
    };
    return this.sendInteraction({ type: 2, data }, { ...init, channelId });
  }

  sendButton(customId: string, init: ButtonInit = {}): InteractionHandle {
    const { channel } = this.resolveContext(init);
    const channelId = (init.channelId ?? channel.id) as string;
    const guildId = init.dm ? undefined : (init.guildId ?? this.guilds[0]?.id);
    const message: JsonObject = deepMerge(
      {
        ...this.messageJson(channelId, guildId, { ...this.botUser }, new Date()),
        application_id: this.applicationId,
        webhook_id: this.applicationId,
        components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: customId, label: customId }] }],
      },
      init.message ?? {},
    );
    return this.sendInteraction(
      { type: 3, message, data: { custom_id: customId, component_type: init.componentType ?? 2 } },
      { ...init, channelId },
    );
  }

  // ───── gateway ─────

  private shardCount(): number {
    for (const s of this.currentSession.values()) return s.shardCount;
    return this.opts.shards;
  }

  openConnections(shardId?: number): number {
    let n = 0;
    for (const c of this.connections) {
      if (c.ws.readyState === WebSocket.OPEN && (shardId === undefined || c.shardId === shardId)) n++;
    }
    return n;
  }

  setGatewayAvailable(available: boolean): void {
    this.gatewayAvailable = available;
  }

  private log(direction: 'in' | 'out', conn: Connection, payload: JsonObject): void {
    let d = payload.d;
    // Never keep the bot token in test output.
    if (direction === 'in' && isPlainObject(d) && 'token' in d) d = { ...d, token: '[redacted]' };
    const entry: GatewayLogEntry = {
      direction,
      connectionId: conn.id,
      shardId: conn.shardId,
      op: typeof payload.op === 'number' ? payload.op : -1,
      t: payload.t as string | null | undefined,
      s: payload.s as number | null | undefined,
      d,
      time: Date.now(),
    };
    this.gatewayLog.push(entry);
    this.emit('gateway', entry);
  }

  private sendRaw(conn: Connection, payload: JsonObject): boolean {
    if (conn.ws.readyState !== WebSocket.OPEN) return false;
    conn.ws.send(JSON.stringify(payload));
    this.log('out', conn, payload);
    return true;
  }

  private deliver(session: Session, entry: LogEntry): void {
    if (!session.conn) return;
    if (this.sendRaw(session.conn, { op: GatewayOp.Dispatch, t: entry.t, s: entry.s, d: entry.d })) {
      entry.delivered = true;
      for (const cb of entry.onDelivered.splice(0)) cb();
    }
  }

  private appendAndSend(session: Session, t: string, d: unknown, onDelivered: (() => void)[] = []): LogEntry {
    session.seq += 1;
    const entry: LogEntry = { s: session.seq, t, d, delivered: false, onDelivered };
    session.log.push(entry);
    this.deliver(session, entry);
    return entry;
  }

  dispatch(t: string, d: unknown, shardId?: number): { shardId: number; delivered: Promise<void> } {
    const guildId = isPlainObject(d) && typeof d.guild_id === 'string' ? d.guild_id : undefined;
    const shard = shardId ?? (guildId !== undefined ? shardIdForGuild(guildId, this.shardCount()) : 0);
    if (t === 'INTERACTION_CREATE' && isPlainObject(d) && typeof d.token === 'string' && !this.interactions.has(d.token)) {
      this.registerInteraction(d);
    }
    let resolveDelivered!: () => void;
    const delivered = new Promise<void>((r) => (resolveDelivered = r));
    const session = this.currentSession.get(shard);
    if (session) {
      // Logged even while disconnected: a RESUME replays it, exactly like Discord.
      this.appendAndSend(session, t, d, [resolveDelivered]);
    } else {
      const queue = this.preSessionQueue.get(shard) ?? [];
      queue.push({ s: 0, t, d, delivered: false, onDelivered: [resolveDelivered] });
      this.preSessionQueue.set(shard, queue);
    }
    return { shardId: shard, delivered };
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    let markClosed!: () => void;
    const conn: Connection = {
      id: this.nextConnectionId++,
      ws,
      session: null,
      shardId: undefined,
      serverCloseCode: undefined,
      closed: new Promise<void>((r) => (markClosed = r)),
    };
    this.connections.add(conn);
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    if (query.get('compress')) {
      // Transport compression is not implemented; fail loudly rather than send unreadable frames.
      ws.close(4000, 'fake discord does not support compress=');
    }
    ws.on('message', (data: RawData) => this.onGatewayMessage(conn, data));
    ws.on('error', () => {
      /* the close handler does the bookkeeping */
    });
    ws.on('close', (code: number) => {
      this.connections.delete(conn);
      const session = conn.session;
      if (session && session.conn === conn) {
        session.conn = null;
        // A client closing with 1000/1001 ends its session on Discord; server-side closes follow NON_RESUMABLE_SERVER_CLOSES.
        const effective = conn.serverCloseCode ?? code;
        if (conn.serverCloseCode === undefined ? code === 1000 || code === 1001 : NON_RESUMABLE_SERVER_CLOSES.has(effective)) {
          session.valid = false;
        }
      }
      markClosed();
      this.emit('disconnect', { shardId: conn.shardId, code, sessionId: session?.id });
    });
    this.sendRaw(conn, { op: GatewayOp.Hello, d: { heartbeat_interval: this.opts.heartbeatInterval, _trace: ['fake-discord'] }, s: null, t: null });
  }

  private closeWith(conn: Connection, code: number, reason: string): void {
    conn.serverCloseCode = code;
    conn.ws.close(code, reason);
  }

  private onGatewayMessage(conn: Connection, data: RawData): void {
    let payload: JsonObject;
    try {
      payload = asObject(JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8')));
    } catch {
      this.closeWith(conn, 4002, 'Error while decoding payload.');
      return;
    }
    this.log('in', conn, payload);
    const d = asObject(payload.d);
    switch (payload.op) {
      case GatewayOp.Heartbeat:
        this.sendRaw(conn, { op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOp.Identify:
        this.onIdentify(conn, d);
        return;
      case GatewayOp.Resume:
        this.onResume(conn, d);
        return;
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
      case GatewayOp.RequestGuildMembers:
        if (!conn.session) this.closeWith(conn, 4003, 'Not authenticated.');
        return;
      default:
        this.closeWith(conn, 4001, 'Unknown opcode.');
    }
  }

  private onIdentify(conn: Connection, d: JsonObject): void {
    if (conn.session) {
      this.closeWith(conn, 4005, 'Already authenticated.');
      return;
    }
    if (this.opts.token !== undefined && d.token !== this.opts.token) {
      this.closeWith(conn, 4004, 'Authentication failed.');
      return;
    }
    const shard = Array.isArray(d.shard) ? d.shard : [0, 1];
    const shardId = typeof shard[0] === 'number' ? shard[0] : 0;
    const shardCount = typeof shard[1] === 'number' ? shard[1] : 1;
    if (shardId >= shardCount) {
      this.closeWith(conn, 4010, 'Invalid shard.');
      return;
    }
    const previous = this.currentSession.get(shardId);
    const session: Session = { id: randomBytes(16).toString('hex'), shardId, shardCount, seq: 0, log: [], conn, valid: true };
    this.sessions.set(session.id, session);
    this.currentSession.set(shardId, session);
    conn.session = session;
    conn.shardId = shardId;

    const shardGuilds = this.guilds.filter((g) => shardIdForGuild(g.id, shardCount) === shardId);
    this.appendAndSend(session, 'READY', {
      v: 10,
      user: { ...this.botUser },
      user_settings: {},
      guilds: shardGuilds.map((g) => ({ id: g.id, unavailable: true })),
      presences: [],
      private_channels: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard: [shardId, shardCount],
      application: { id: this.applicationId, flags: 0 },
      auth: {},
      _trace: ['fake-discord'],
    });
    for (const g of shardGuilds) {
      if (!g.unavailable) this.appendAndSend(session, 'GUILD_CREATE', this.guildCreatePayload(g));
    }
    this.emit('identify', { shardId, shardCount, sessionId: session.id });

    // Deliberately lenient: dispatches nobody received (outage, then a fresh IDENTIFY instead of a
    // RESUME, or sent before the first login) are handed to the new session instead of being lost,
    // so a test's interaction is never silently dropped.
    const carried = previous && previous !== session ? previous.log.filter((e) => !e.delivered) : [];
    for (const e of carried) {
      e.delivered = true;
      this.appendAndSend(session, e.t, e.d, e.onDelivered.splice(0));
    }
    const queued = this.preSessionQueue.get(shardId) ?? [];
    this.preSessionQueue.delete(shardId);
    for (const e of queued) this.appendAndSend(session, e.t, e.d, e.onDelivered);
  }

  private onResume(conn: Connection, d: JsonObject): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const tokenOk = this.opts.token === undefined || d.token === this.opts.token;
    if (!session || !session.valid || !tokenOk || this.currentSession.get(session.shardId) !== session) {
      conn.shardId = session?.shardId;
      this.sendRaw(conn, { op: GatewayOp.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.conn && session.conn !== conn) this.closeWith(session.conn, 4000, 'Session resumed elsewhere');
    session.conn = conn;
    conn.session = session;
    conn.shardId = session.shardId;
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    const missed = session.log.filter((e) => e.s > seq);
    for (const e of missed) this.deliver(session, e);
    this.appendAndSend(session, 'RESUMED', { _trace: ['fake-discord'] });
    this.emit('resume', { shardId: session.shardId, sessionId: session.id, replayed: missed.length });
  }

  private guildCreatePayload(g: FakeGuild): JsonObject {
    const joinedAt = new Date(Date.now() - 86_400_000).toISOString();
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.defaultUser.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      features: [],
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      max_members: 500000,
      max_video_channel_users: 25,
      joined_at: joinedAt,
      large: false,
      unavailable: false,
      member_count: 2,
      roles: [
        {
          id: g.id,
          name: '@everyone',
          color: 0,
          colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: DEFAULT_MEMBER_PERMISSIONS,
          managed: false,
          mentionable: false,
          flags: 0,
        },
        ...g.roles.map((r, i) => ({
          id: r.id,
          name: r.name,
          color: 0,
          colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: i + 1,
          permissions: r.permissions,
          managed: false,
          mentionable: false,
          flags: 0,
        })),
      ],
      emojis: [],
      stickers: [],
      members: [memberPayload({ ...this.botUser }, [], joinedAt)],
      channels: g.channels.map((c, i) => ({
        id: c.id,
        type: c.type,
        name: c.name,
        position: i,
        permission_overwrites: [],
        parent_id: null,
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
      })),
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private connsFor(shardId: number | undefined): Connection[] {
    return [...this.connections].filter((c) => shardId === undefined || c.shardId === shardId);
  }

  async closeGateway(code = 4000, shardId?: number): Promise<void> {
    const conns = this.connsFor(shardId);
    for (const c of conns) {
      if (c.ws.readyState === WebSocket.OPEN || c.ws.readyState === WebSocket.CONNECTING) this.closeWith(c, code, 'closed by test');
    }
    await this.settleClosed(conns);
  }

  async terminateGateway(shardId?: number): Promise<void> {
    const conns = this.connsFor(shardId);
    for (const c of conns) {
      c.serverCloseCode = 1006;
      c.ws.terminate();
    }
    await this.settleClosed(conns);
  }

  /** A client that never answers the close frame would hang the test; terminate after a grace period. */
  private async settleClosed(conns: Connection[]): Promise<void> {
    const timer = setTimeout(() => conns.forEach((c) => c.ws.terminate()), 1000);
    await Promise.all(conns.map((c) => c.closed));
    clearTimeout(timer);
  }

  requestReconnect(shardId?: number): void {
    for (const c of this.connsFor(shardId)) this.sendRaw(c, { op: GatewayOp.Reconnect, d: null, s: null, t: null });
  }

  invalidateSession(shardId?: number, resumable = false): void {
    for (const c of this.connsFor(shardId)) {
      if (!resumable && c.session) c.session.valid = false;
      this.sendRaw(c, { op: GatewayOp.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  waitForIdentify(shardId?: number, timeoutMs?: number): Promise<void> {
    const start = this.gatewayLog.length;
    return this.waitUntil(
      `an IDENTIFY${shardId === undefined ? '' : ` on shard ${shardId}`} to be answered with READY`,
      () => (this.gatewayLog.slice(start).some((e) => e.t === 'READY' && (shardId === undefined || e.shardId === shardId)) ? true : undefined),
      timeoutMs,
    ).then(() => undefined);
  }

  waitForResume(shardId?: number, timeoutMs?: number): Promise<void> {
    const start = this.gatewayLog.length;
    return this.waitUntil(
      `a RESUME${shardId === undefined ? '' : ` on shard ${shardId}`}`,
      () => (this.gatewayLog.slice(start).some((e) => e.t === 'RESUMED' && (shardId === undefined || e.shardId === shardId)) ? true : undefined),
      timeoutMs,
    ).then(() => undefined);
  }

  clearRecords(): void {
    this.requests.length = 0;
    this.gatewayLog.length = 0;
    for (const s of this.interactions.values()) s.responses.length = 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const w of [...this.waiters]) w.reject(new Error('FakeDiscord closed'));
    for (const set of this.interactionWaiters.values()) for (const w of [...set]) w.reject(new Error('FakeDiscord closed'));
    for (const c of this.connections) c.ws.terminate();
    await new Promise<void>((resolve) => {
      if (!this.wss) return resolve();
      this.wss.close(() => resolve());
    });
    await new Promise<void>((resolve) => {
      this.http.close(() => resolve());
      // undici keeps idle keep-alive sockets open, which would stall server.close() until they time out.
      this.http.closeAllConnections();
    });
    this.emitter.removeAllListeners();
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscordImpl(options);
  await fake.start();
  return fake;
}
