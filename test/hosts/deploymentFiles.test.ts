/**
 * compose.yaml and the Kubernetes example cannot be run here (no container engine), so they are
 * checked as far as a file can be: they parse, every service has what the README promises, and
 * the environment each citebot process would get passes loadConfig with a slice of the shards,
 * the slices together covering every shard once.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig, PROJECT_ROOT, type Config } from '../../src/config/loadConfig.js';
import { CorpusStore } from '../../src/runtime/corpusStore.js';

/** What an operator puts in .env on top of .env.example's empty defaults. */
const OPERATOR_ENV = {
  DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB',
  POSTGRES_PASSWORD: '5f2b7c0e9a1d4e3f',
  INSIGHTS_KEY: 'a'.repeat(64),
};

function envFile(): Record<string, string> {
  return { ...dotenv.parse(readFileSync(path.join(PROJECT_ROOT, '.env.example'))), ...OPERATOR_ENV };
}

/** Compose's interpolation: ${NAME}, ${NAME:-default} and ${NAME:?error} from the project's .env. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind: string | undefined, rest: string) => {
    const found = env[name];
    if (found !== undefined && found !== '') return found;
    if (kind === '?') throw new Error(`compose would stop: ${rest}`);
    return kind === '-' ? rest : '';
  });
}

/** The slices must cover 0..count-1, each shard exactly once. */
function expectPartition(configs: readonly Config[]): void {
  const count = configs[0]!.shardCount;
  expect(typeof count).toBe('number');
  for (const config of configs) expect(config.shardCount).toBe(count);
  const all = configs.flatMap((c) => c.shardIds ?? []).sort((a, b) => a - b);
  expect(all).toEqual(Array.from({ length: count as number }, (_, i) => i));
}

interface ComposeService {
  image?: string;
  build?: string;
  hostname?: string;
  env_file?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

describe('compose.yaml', () => {
  const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
  const citebots = Object.entries(compose.services).filter(([name]) => name.startsWith('citebot'));

  it('GIVEN the file THEN two citebot services, redis and postgres, each with a health check', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['citebot-0', 'citebot-1', 'postgres', 'redis']);
    for (const service of Object.values(compose.services)) expect(service.healthcheck?.test.length).toBeGreaterThan(0);
    expect(compose.services.postgres!.image).toMatch(/^postgres:15/);
    expect(compose.volumes).toHaveProperty('postgres-data');
  });

  it('GIVEN each citebot service THEN it builds this image, reads .env, mounts the one seeds folder read-only, and waits for healthy Redis and PostgreSQL', () => {
    for (const [, service] of citebots) {
      expect(service.build).toBe('.');
      expect(service.env_file).toBe('.env');
      expect(service.volumes).toContain('./seeds:/app/seeds:ro');
      expect(service.depends_on?.redis?.condition).toBe('service_healthy');
      expect(service.depends_on?.postgres?.condition).toBe('service_healthy');
    }
  });

  it('GIVEN .env from .env.example with the three secrets filled in THEN each service\'s environment passes loadConfig, sharing Redis and PostgreSQL, with slices covering every shard once', () => {
    const file = envFile();
    const configs = citebots.map(([, service]) => {
      const environment = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), file)]));
      // The image's own ENV, then env_file, then environment: compose's order of precedence.
      return loadConfig({ HEALTH_FILE: '/tmp/citebot.health', ...file, ...environment }, null);
    });
    expectPartition(configs);
    for (const config of configs) {
      expect(config.redisUrl).toBe('redis://redis:6379');
      expect(config.databaseUrl).toBe(`postgres://citebot:${OPERATOR_ENV.POSTGRES_PASSWORD}@postgres:5432/citebot`);
      expect(config.insightsKey).toBe(OPERATOR_ENV.INSIGHTS_KEY);
    }
    expect(new Set(citebots.map(([, s]) => s.hostname)).size).toBe(citebots.length);
  });

  it('GIVEN .env without POSTGRES_PASSWORD or INSIGHTS_KEY THEN compose stops with a message naming it, before starting anything', () => {
    for (const missing of ['POSTGRES_PASSWORD', 'INSIGHTS_KEY'] as const) {
      const file = { ...envFile(), [missing]: '' };
      const environment = compose.services['citebot-0']!.environment ?? {};
      expect(() => Object.values(environment).map((v) => interpolate(String(v), file))).toThrow(new RegExp(`set ${missing} in \\.env`));
    }
  });
});

interface Container {
  command?: string[];
  env?: { name: string; value?: string }[];
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
  readinessProbe?: unknown;
  livenessProbe?: unknown;
}

interface KubernetesObject {
  kind: string;
  metadata: { name: string };
  spec: {
    replicas?: number;
    serviceName?: string;
    template?: { spec: { containers: Container[]; volumes?: { name: string; configMap?: { name: string } }[] } };
  };
}

describe('deploy/kubernetes/citebot.yaml', () => {
  const objects = parseAllDocuments(readFileSync(path.join(PROJECT_ROOT, 'deploy/kubernetes/citebot.yaml'), 'utf8'))
    .map((doc) => doc.toJSON() as KubernetesObject | null)
    .filter((o): o is KubernetesObject => o !== null);
  const statefulSet = objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'citebot')!;
  const container = statefulSet.spec.template!.spec.containers[0]!;
  const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value ?? '']));

  /** What the container's command exports for pod `ordinal`: Kubernetes unescapes $$, then sh runs it. */
  function podEnvironment(ordinal: number): Record<string, string> {
    const script = container.command![2]!.replace(/\$\$/g, '$').replace(/exec node --import tsx src\/main\.ts$/, 'exec env');
    const out = execFileSync('sh', ['-c', script], { env: { PATH: process.env['PATH'], ...env, HOSTNAME: `citebot-${ordinal}` }, encoding: 'utf8' });
    return Object.fromEntries(out.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  }

  it('GIVEN the file THEN it parses into a headless Service, the citebot StatefulSet, and Redis and PostgreSQL with their Services', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      'Deployment/citebot-redis',
      'Service/citebot',
      'Service/citebot-postgres',
      'Service/citebot-redis',
      'StatefulSet/citebot',
      'StatefulSet/citebot-postgres',
    ]);
    expect(statefulSet.spec.serviceName).toBe('citebot');
    expect(container.readinessProbe).toBeDefined();
    expect(container.livenessProbe).toBeDefined();
  });

  it('GIVEN each pod ordinal THEN the command gives it its own slice, the environment passes loadConfig, and the slices cover every shard once', () => {
    const secret = { ...envFile(), DATABASE_URL: `postgres://citebot:${OPERATOR_ENV.POSTGRES_PASSWORD}@citebot-postgres:5432/citebot` };
    const replicas = statefulSet.spec.replicas!;
    expect(replicas * Number(env['SHARDS_PER_POD'])).toBe(Number(env['SHARD_COUNT']));
    const configs = Array.from({ length: replicas }, (_, ordinal) => loadConfig({ ...secret, ...podEnvironment(ordinal) }, null));
    expect(configs.map((c) => c.shardIds)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expectPartition(configs);
    for (const config of configs) expect(config.redisUrl).toBe('redis://citebot-redis:6379');
  });

  it('GIVEN the seeds ConfigMap THEN it is mounted read-only where SEEDS_DIR points, and the shipped seeds fit one (valid keys, under 1 MiB)', () => {
    const volume = statefulSet.spec.template!.spec.volumes!.find((v) => v.configMap !== undefined)!;
    const mount = container.volumeMounts!.find((m) => m.name === volume.name)!;
    expect(mount).toMatchObject({ mountPath: env['SEEDS_DIR'], readOnly: true });
    const files = readdirSync(path.join(PROJECT_ROOT, 'seeds'));
    for (const file of files) expect(file).toMatch(/^[-._a-zA-Z0-9]+$/);
    const bytes = files.reduce((n, file) => n + statSync(path.join(PROJECT_ROOT, 'seeds', file)).size, 0);
    expect(bytes).toBeLessThan(1024 * 1024);
  });

  it('GIVEN seeds/ laid out as the kubelet mounts a ConfigMap (files linked through ..data) THEN every article loads and nothing is skipped', async () => {
    const seeds = path.join(PROJECT_ROOT, 'seeds');
    const mount = mkdtempSync(path.join(os.tmpdir(), 'citebot-configmap-'));
    try {
      const version = '..2025_01_20_12_00_00.123456789';
      mkdirSync(path.join(mount, version));
      for (const file of readdirSync(seeds)) copyFileSync(path.join(seeds, file), path.join(mount, version, file));
      symlinkSync(version, path.join(mount, '..data'));
      for (const file of readdirSync(seeds)) symlinkSync(path.join('..data', file), path.join(mount, file));

      const fromMount = await new CorpusStore(mount, { maxFileBytes: 1e7 }).reload();
      const fromSeeds = await new CorpusStore(seeds, { maxFileBytes: 1e7 }).reload();
      expect(fromMount.ok && fromSeeds.ok).toBe(true);
      if (!fromMount.ok || !fromSeeds.ok) return;
      expect(fromMount.documents).toBe(fromSeeds.documents);
      expect(fromMount.chunks).toBe(fromSeeds.chunks);
      expect(fromMount.report.filter((line) => line.level === 'skipped')).toEqual([]);
    } finally {
      rmSync(mount, { recursive: true, force: true });
    }
  });
});
