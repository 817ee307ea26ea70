import { COMMANDS } from '../commands/index.js';
import { ConfigError, loadConfig } from '../src/config/loadConfig.js';
import { deployCommands, describeDeploy, type DeployTarget } from '../src/deploy/deployCommands.js';

const USAGE = `Usage: npm run deploy-commands -- [--guild [ID] | --global] [--dry-run]
  default    to DISCORD_GUILD_ID when set, else globally
  --guild    to a test server: ID, or DISCORD_GUILD_ID
  --global   to every server, even when DISCORD_GUILD_ID is set
  --dry-run  show what would change, send nothing`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  if (config.discordToken === null) {
    process.stderr.write('citebot: DISCORD_TOKEN is required to register commands (see .env.example).\n');
    return 1;
  }
  const dryRun = argv.includes('--dry-run');
  const guildAt = argv.indexOf('--guild');
  let target: DeployTarget;
  if (guildAt >= 0) {
    const id = argv[guildAt + 1] && !argv[guildAt + 1]?.startsWith('--') ? argv[guildAt + 1] : config.guildId;
    if (!id || !/^\d{17,20}$/.test(id)) {
      process.stderr.write('citebot: --guild needs a server ID (17–20 digits) or DISCORD_GUILD_ID.\n');
      return 2;
    }
    target = { scope: 'guild', guildId: id };
  } else if (argv.includes('--global') || config.guildId === null) {
    target = { scope: 'global' };
  } else {
    target = { scope: 'guild', guildId: config.guildId };
  }
  const result = await deployCommands({ token: config.discordToken, applicationId: config.applicationId, apiUrl: config.apiUrl, target, commands: COMMANDS, dryRun });
  process.stdout.write(`${describeDeploy(result, dryRun)}\n`);
  return 0;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const prefix = error instanceof ConfigError ? 'configuration error: ' : '';
    process.stderr.write(`citebot: ${prefix}${(error as Error).message}\n`);
    process.exit(1);
  });
