import type { Formatter } from './types.js';

export const json: Formatter = ({ diagnostics, summary }) => JSON.stringify({ diagnostics, summary }, null, 2) + '\n';
