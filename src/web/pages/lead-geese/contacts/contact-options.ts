import type { LinkKind } from '../../../api/types.ts';

/** The link kinds, in the page's tab order. */
export const linkKinds: readonly LinkKind[] = ['leader_org', 'department_enterprise', 'cadre_enterprise', 'org_place', 'secondment'];
export const gapCategories = ['above_scale', 'srdi', 'high_tech', 'all'] as const;
export type GapCategory = (typeof gapCategories)[number];
