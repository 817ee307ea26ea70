import { Context, Install } from '../src/interaction/commandDefinition.js';
import { checkModerator, PermissionBits } from '../src/interaction/permissions.js';
import { defineCommand } from '../src/interaction/types.js';
import { drawInsightsChart } from '../src/render/drawInsightsChart.js';
import { renderInsights } from '../src/render/renderInsights.js';
import { renderNotice } from '../src/render/renderNotice.js';

export const INSIGHTS_CHART_FILE = 'questions-per-day.png';

export const insights = defineCommand({
  definition: {
    name: 'insights',
    description: 'Moderators: what members ask, what went unanswered, which answers were voted down',
    options: [{ name: 'days', description: 'How many days back to look (default 7)', type: 'integer', min_value: 1, max_value: 365 }],
    default_member_permissions: String(PermissionBits.ManageGuild),
    contexts: [Context.Guild],
    integration_types: [Install.Guild],
  },

  isEphemeral: () => true,

  async execute({ options, invoker, place, services }) {
    const check = checkModerator(place, services.moderatorRoleIds);
    if (!check.allowed) {
      services.logger.warn({ event: 'insights-refused', user: invoker.id, guild: place.guildId, reason: check.reason }, 'insights refused');
      return { type: 'reply', ephemeral: true, payload: renderNotice(check.reason), resultCount: 0 };
    }
    const recorder = services.insights;
    if (!recorder) return { type: 'reply', ephemeral: true, payload: renderNotice('The question log is not available here.'), resultCount: 0 };
    const days = options.days ?? 7;
    const summary = await recorder.summarize(days);
    if (!summary.ok) return { type: 'reply', ephemeral: true, payload: renderNotice(summary.reason), resultCount: 0 };
    const { report, perDay } = summary.value;
    services.logger.info({ event: 'insights', user: invoker.id, guild: place.guildId, via: check.reason, days, questions: report.questions }, 'insights shown');
    return {
      type: 'reply',
      ephemeral: true,
      payload: renderInsights(report, { problem: recorder.status().problem, chartNote: 'Questions per day: chart attached.', retentionDays: recorder.settings.retentionDays }),
      resultCount: report.questions,
      attachLater: async () => ({
        name: INSIGHTS_CHART_FILE,
        data: await drawInsightsChart(perDay, days),
        description: `Questions per day over the last ${days} days: answered, not sure and not found`,
      }),
    };
  },
});
