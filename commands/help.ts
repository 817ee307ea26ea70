import { Context, Install, type CommandDefinition } from '../src/interaction/commandDefinition.js';
import { defineCommand } from '../src/interaction/types.js';
import { renderHelp } from '../src/render/renderHelp.js';
import { ask } from './ask.js';
import { forgetMe } from './forgetMe.js';
import { insights } from './insights.js';
import { findSources } from './findSources.js';
import { reload } from './reload.js';
import { sources } from './sources.js';

const definition = {
  name: 'help',
  description: 'How to use citebot',
  options: [],
  default_member_permissions: null,
  contexts: [Context.Guild, Context.BotDM, Context.PrivateChannel],
  integration_types: [Install.Guild, Install.User],
} as const satisfies CommandDefinition;

export const help = defineCommand({
  definition,
  isEphemeral: () => true,
  async execute({ services }) {
    return { type: 'reply', ephemeral: true, payload: renderHelp([ask.definition, sources.definition, reload.definition, insights.definition, forgetMe.definition, definition, findSources.definition], services.insights?.recording ?? false) };
  },
});
