import type { RegisteredCommand } from '../src/interaction/types.js';
import { ask } from './ask.js';
import { forgetMe } from './forgetMe.js';
import { findSources } from './findSources.js';
import { help } from './help.js';
import { insights } from './insights.js';
import { reload } from './reload.js';
import { sources } from './sources.js';

/** Every command citebot registers and serves (slash commands, then the message menu's), in the order /help lists them. */
export const COMMANDS: readonly RegisteredCommand[] = [ask, sources, reload, insights, forgetMe, help, findSources];
