import { Context, Install } from '../src/interaction/commandDefinition.js';
import { defineCommand } from '../src/interaction/types.js';
import { renderNotice } from '../src/render/renderNotice.js';

export const forgetMe = defineCommand({
  definition: {
    name: 'forget-me',
    description: 'Delete everything citebot has recorded about you (your questions and button presses)',
    options: [],
    default_member_permissions: null,
    contexts: [Context.Guild, Context.BotDM, Context.PrivateChannel],
    integration_types: [Install.Guild, Install.User],
  },

  isEphemeral: () => true,

  async execute({ invoker, services }) {
    const recorder = services.insights;
    if (!recorder) return { type: 'reply', ephemeral: true, payload: renderNotice('Nothing is recorded here, so there is nothing to delete.'), resultCount: 0 };
    const outcome = await recorder.forget(invoker.id);
    if (!outcome.ok) return { type: 'reply', ephemeral: true, payload: renderNotice(outcome.reason), resultCount: 0 };
    const rows = outcome.value;
    // The count only: a member's id never goes into the log with what they asked us to forget.
    services.logger.info({ event: 'forget-me', rows }, 'a member\'s question-log rows were deleted');
    const text =
      rows === 0
        ? 'citebot had nothing recorded about you: 0 rows deleted.'
        : `Done: deleted ${rows} ${rows === 1 ? 'row' : 'rows'} recorded about you (your questions, your button presses, and the presses on your answers).`;
    const after = recorder.recording ? ' Questions you ask from now on are recorded again (without your Discord id).' : '';
    return { type: 'reply', ephemeral: true, payload: renderNotice(`${text}${after}`), resultCount: rows };
  },
});
