/** Org kinds (glossary) and which kind may sit under which. */
export const orgKinds = ['working_committee', 'committee', 'general_branch', 'branch', 'joint_branch', 'group'] as const;
export type OrgKind = (typeof orgKinds)[number];

export const orgCategories = ['liangxin_committee', 'township_committee', 'chain_committee'] as const;
export type OrgCategory = (typeof orgCategories)[number];

export const hostUnitKinds = ['enterprise', 'social_org', 'community', 'compound', 'building', 'government', 'park'] as const;

/** Allowed parents per kind; null means "may be a root". */
export const allowedParents: Record<OrgKind, readonly (OrgKind | null)[]> = {
  working_committee: [null],
  committee: ['working_committee', 'committee'],
  general_branch: ['working_committee', 'committee'],
  branch: ['working_committee', 'committee', 'general_branch'],
  joint_branch: ['working_committee', 'committee', 'general_branch'],
  group: ['general_branch', 'branch', 'joint_branch'],
};

export function mayParent(parentKind: OrgKind | null, childKind: OrgKind): boolean {
  return allowedParents[childKind].includes(parentKind);
}

export const orgKindNames: Record<OrgKind, string> = {
  working_committee: '党工委',
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  joint_branch: '联合党支部',
  group: '党小组',
};
