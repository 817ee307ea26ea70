/**
 * Why Discord could not be reached, said so that whoever runs the bot knows
 * what to check. Node's fetch reports every network failure as "fetch
 * failed" and keeps the reason in `cause`; @discordjs/rest and the gateway
 * throw the underlying error itself. Both are read here.
 */

export type FailureCause = 'dns' | 'refused' | 'reset' | 'tls' | 'timeout' | 'unreachable' | 'http' | 'token' | 'network';

export interface NetworkFailure {
  /** host:port that was tried. */
  host: string;
  cause: FailureCause;
  /** The error code Node or undici gave (ENOTFOUND, ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT…) or "HTTP 503". */
  code: string | null;
  /** What happened, in one sentence naming the host. */
  summary: string;
  /** What to check. */
  hint: string;
  /** False when trying again cannot help (a rejected token, a wrong URL). */
  retryable: boolean;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const UNREACHABLE_CODES = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL']);
/** OpenSSL's certificate verdicts, Node's TLS errors, and a handshake with something that is not TLS. */
const TLS_CODE = /^(?:ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH$|ERR_OSSL_)/;

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];

/** host:port of a URL, with the scheme's default port spelled out (a firewall rule needs it). */
export function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    const port = parsed.port !== '' ? parsed.port : parsed.protocol === 'https:' || parsed.protocol === 'wss:' ? '443' : '80';
    return `${parsed.hostname}:${port}`;
  } catch {
    return url;
  }
}

/**
 * The first error code in the chain: fetch's `cause`, an AggregateError's `errors` (IPv4 and IPv6
 * both tried). Without a code, the innermost message: "fetch failed" itself says nothing.
 */
function errorCode(error: unknown, depth = 0): { code: string | null; name: string; message: string } {
  if (!(error instanceof Error) || depth > 5) return { code: null, name: '', message: String(error) };
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string' && own !== '' && own !== 'ABORT_ERR') return { code: own, name: error.name, message: error.message };
  const nested = [(error as { cause?: unknown }).cause, ...((error as { errors?: unknown[] }).errors ?? [])].filter((e) => e !== undefined);
  let innermost: { code: string | null; name: string; message: string } | null = null;
  for (const inner of nested) {
    const found = errorCode(inner, depth + 1);
    if (found.code !== null || found.name === 'TimeoutError' || found.name === 'AbortError') return found;
    innermost ??= found;
  }
  return innermost !== null && innermost.message !== '' ? innermost : { code: null, name: error.name, message: error.message };
}

function proxyNote(env: NodeJS.ProcessEnv): string {
  const set = PROXY_VARIABLES.find((name) => (env[name] ?? '') !== '');
  return set === undefined
    ? ''
    : ` ${set} is set, but citebot does not use HTTP proxies: it needs direct outbound connections on port 443 (or DISCORD_API_URL pointing at a REST proxy such as @discordjs/proxy).`;
}

/**
 * Describes a thrown network error for `url`: Discord's REST API (DISCORD_API_URL may point
 * elsewhere) or its gateway. `timeoutMs` is the bound the attempt had, for the timeout message.
 */
export function describeNetworkFailure(
  error: unknown,
  url: string,
  options: { timeoutMs?: number | null; endpoint?: 'api' | 'gateway'; env?: NodeJS.ProcessEnv } = {},
): NetworkFailure {
  const { timeoutMs = null, endpoint = 'api', env = process.env } = options;
  const hostname = hostOf(url).replace(/:\d+$/, '');
  // The gateway is named as such: its host is not one the configuration mentions.
  const host = endpoint === 'gateway' ? `the gateway ${hostOf(url)}` : hostOf(url);
  const target = hostOf(url);
  const { code, name, message } = errorCode(error);
  const firewall = `a firewall or proxy between this machine and ${hostname} (outbound TCP ${target} must be allowed).${proxyNote(env)}`;
  const failure = (cause: FailureCause, summary: string, hint: string): NetworkFailure => ({ host: target, cause, code, summary, hint, retryable: true });

  if (code !== null && DNS_CODES.has(code)) {
    return failure(
      'dns',
      `cannot resolve ${hostname} (DNS ${code === 'EAI_AGAIN' ? 'server did not answer' : 'has no such name'})`,
      `Check the machine's DNS (/etc/resolv.conf, or the container's --dns)${endpoint === 'api' && !hostname.endsWith('discord.com') ? ' and the spelling of the host in DISCORD_API_URL' : ''}.`,
    );
  }
  if (code === 'ECONNREFUSED') {
    const check = endpoint === 'api' ? 'check DISCORD_API_URL if set, or ' : '';
    return failure('refused', `${host} refused the connection`, `Nothing accepts connections there: ${check}${firewall}`);
  }
  if (code !== null && RESET_CODES.has(code)) {
    return failure('reset', `the connection to ${host} was reset`, `Usually ${firewall}`);
  }
  if (code !== null && TLS_CODE.test(code)) {
    return failure(
      'tls',
      `the TLS handshake with ${host} failed (${code})`,
      `A TLS-intercepting proxy or firewall, a wrong system clock, or a plain-HTTP server on an https:// URL. To trust a company proxy's certificate authority, set NODE_EXTRA_CA_CERTS=/path/to/ca.pem.${proxyNote(env)}`,
    );
  }
  if ((code !== null && TIMEOUT_CODES.has(code)) || name === 'TimeoutError' || name === 'AbortError') {
    const within = timeoutMs === null ? '' : ` within ${timeoutMs < 10_000 ? Math.round(timeoutMs / 100) / 10 : Math.round(timeoutMs / 1000)} s`;
    return failure('timeout', `no answer from ${host}${within}`, `The connection was accepted or dropped without a reply: ${firewall}`);
  }
  if (code !== null && UNREACHABLE_CODES.has(code)) {
    return failure('unreachable', `no route to ${host.replace(/^the gateway /, 'the gateway at ')} (${code})`, `This machine has no network path there: check its network connection and routes, or ${firewall}`);
  }
  return failure('network', `cannot reach ${host}: ${message}${code !== null ? ` (${code})` : ''}`, `Check this machine's network connection and ${firewall}`);
}

/** Describes an HTTP answer that was not the expected one. */
export function describeHttpFailure(status: number, url: string): NetworkFailure {
  const host = hostOf(url);
  const code = `HTTP ${status}`;
  if (status === 401) {
    return {
      host,
      cause: 'token',
      code,
      summary: `Discord rejected DISCORD_TOKEN (${code})`,
      hint: 'Reset the token on the Developer Portal (your application → Bot → Reset Token) and put the new one in DISCORD_TOKEN.',
      retryable: false,
    };
  }
  if (status === 429 || status >= 500) {
    return { host, cause: 'http', code, summary: `${host} answered ${code}`, hint: 'Discord (or the REST proxy in DISCORD_API_URL) is busy or failing; see https://discordstatus.com.', retryable: true };
  }
  return {
    host,
    cause: 'http',
    code,
    summary: `${host} answered ${code} where Discord's API was expected`,
    hint: 'Check DISCORD_API_URL (it should end in /api), or a proxy answering in Discord\'s place.',
    retryable: false,
  };
}

/** One log line's worth of a failure: structured fields for pino. */
export function failureFields(failure: NetworkFailure): Record<string, unknown> {
  return { host: failure.host, cause: failure.cause, code: failure.code, hint: failure.hint };
}
