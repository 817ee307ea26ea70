import { Context, Install } from '../src/interaction/commandDefinition.js';
import { defineCommand } from '../src/interaction/types.js';
import { renderSources } from '../src/render/renderSources.js';

export const sources = defineCommand({
  definition: {
    name: 'sources',
    description: 'List the articles citebot knows and the sources it cites',
    options: [{ name: 'private', description: 'Only you see the list (default: false)', type: 'boolean' }],
    default_member_permissions: null,
    contexts: [Context.Guild, Context.BotDM, Context.PrivateChannel],
    integration_types: [Install.Guild, Install.User],
  },

  isEphemeral: (options) => options.private === true,

  async execute({ options, services }) {
    const snapshot = await services.store.ready();
    return {
      type: 'reply',
      ephemeral: options.private === true,
      payload: renderSources(snapshot.documents, snapshot.references),
      resultCount: snapshot.documents.length,
    };
  },
});
