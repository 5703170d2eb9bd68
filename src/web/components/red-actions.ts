import type { RedAction } from '../api/types.ts';

/** The report's five Red Actions in their order (names in the messages' `redAction`). */
export const redActions: RedAction[] = ['fortress', 'leadGeese', 'navigation', 'enterpriseAid', 'momentum'];
