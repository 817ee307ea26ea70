import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HostsReport } from '../../src/hosts/reloadRelay.js';
import { DISCORD_LIMITS } from '../../src/render/limits.js';
import { renderReload } from '../../src/render/renderReload.js';
import type { LoadReport } from '../../src/runtime/corpusStore.js';

const OK: LoadReport = { ok: true, documents: 6, chunks: 70, references: 10, changes: { added: ['lemon8'], changed: [], removed: [] }, newArticles: [], durationMs: 40, report: [], joined: false };
const host = (label: string) => ({ id: `${label}:1`, label });

function hosts(extra: Partial<HostsReport> = {}): HostsReport {
  return { self: host('citebot-0 (shard 0)'), confirmed: [], failed: [], silent: [], unreachable: false, waitedMs: 5200, ...extra };
}

const hostsField = (report: HostsReport) => renderReload(OK, undefined, report).embeds![0]!.fields!.find((f) => f.name.startsWith('Hosts'));

describe('renderReload with other hosts (Redis)', () => {
  it('GIVEN every host confirmed THEN "2 of 2 reloaded" with each host named, this one marked', () => {
    const field = hostsField(hosts({ confirmed: [{ host: host('citebot-1 (shard 1)'), ok: true, documents: 6, error: null }], waitedMs: 120 }));
    expect(field).toEqual({ name: 'Hosts: 2 of 2 reloaded', value: '✅ citebot-0 (shard 0) (this host)\n✅ citebot-1 (shard 1)' });
  });

  it('GIVEN a host that failed and one that did not answer THEN each is named with what happened, and the count says how many reloaded', () => {
    const field = hostsField(
      hosts({
        confirmed: [{ host: host('citebot-1 (shard 1)'), ok: true, documents: 6, error: null }],
        failed: [{ host: host('citebot-2 (shard 2)'), ok: false, documents: null, error: 'the corpus folder /srv/seeds cannot be read (EACCES)' }],
        silent: [host('citebot-3 (shard 3)')],
      }),
    );
    expect(field?.name).toBe('Hosts: 2 of 4 reloaded');
    expect(field?.value).toContain('❌ citebot-2 (shard 2): the corpus folder /srv/seeds cannot be read (EACCES) (still answering from its previous index)');
    expect(field?.value).toContain('⏳ citebot-3 (shard 3): no reply within 5.2 s');
  });

  it('GIVEN Redis unreachable THEN it says only this host reloaded and what to do', () => {
    const field = hostsField(hosts({ unreachable: true }));
    expect(field?.name).toBe('Hosts: only this one reloaded');
    expect(field?.value).toMatch(/Redis is unreachable, so the other hosts were not told.*run \/reload again once Redis is back/);
  });

  it('GIVEN this host\'s reload failed THEN the failure shows, and the hosts field counts only the others that reloaded', () => {
    const failed: LoadReport = { ok: false, error: 'the corpus folder /srv/seeds cannot be read (ENOENT)', durationMs: 3, joined: false, keptGeneration: 2 };
    const embed = renderReload(failed, undefined, hosts({ confirmed: [{ host: host('citebot-1 (shard 1)'), ok: true, documents: 6, error: null }] })).embeds![0]!;
    expect(embed.title).toBe('Reload failed');
    expect(embed.fields).toEqual([{ name: 'Hosts: 1 of 2 reloaded', value: '❌ citebot-0 (shard 0) (this host): see above\n✅ citebot-1 (shard 1)' }]);
  });

  it('GIVEN no Redis THEN no hosts field at all (the single-process reply is unchanged)', () => {
    expect(renderReload(OK).embeds![0]!.fields!.some((f) => f.name.startsWith('Hosts'))).toBe(false);
  });

  it('GIVEN a host label with Markdown in it THEN it is shown literally', () => {
    expect(hostsField(hosts({ self: host('**bold** _host_') }))?.value).toBe('✅ \\*\\*bold\\*\\* \\_host\\_ (this host)');
  });

  it('PROPERTY: any number of hosts with any labels and errors stays within Discord\'s field limits, and the heading counts them all', () => {
    const entry = fc.record({ label: fc.string({ maxLength: 300 }), error: fc.string({ maxLength: 2000 }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.array(entry, { maxLength: 60 }), fc.array(entry, { maxLength: 60 }), (ok, failed, silent) => {
        const report = hosts({
          confirmed: ok.map((e) => ({ host: host(e.label), ok: true, documents: 1, error: null })),
          failed: failed.map((e) => ({ host: host(e.label), ok: false, documents: null, error: e.error })),
          silent: silent.map((e) => host(e.label)),
        });
        const field = hostsField(report)!;
        expect(field.name).toBe(`Hosts: ${1 + ok.length} of ${1 + ok.length + failed.length + silent.length} reloaded`);
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      }),
      { numRuns: 60 },
    );
  });
});
