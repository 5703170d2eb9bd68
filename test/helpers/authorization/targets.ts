/** One object per matrix target: in scope (attached to a1), sibling (b), ancestor (root), other branch (b1), other park, nonexistent. */
export type Targets = { inScope: number; sibling: number; ancestor: number; otherBranch: number; otherPark: number; nonexistent: number };
export type TargetName = keyof Targets;

export const nonexistent = 987654321;

/** Builds one family's targets by calling `make` for each org target (the other park's with its own context). */
export async function targetsFor<C>(
  orgs: Targets,
  contexts: { park: C; otherPark: C },
  make: (ctx: C, orgId: number, target: TargetName) => Promise<number>,
): Promise<Targets> {
  return {
    inScope: await make(contexts.park, orgs.inScope, 'inScope'),
    sibling: await make(contexts.park, orgs.sibling, 'sibling'),
    ancestor: await make(contexts.park, orgs.ancestor, 'ancestor'),
    otherBranch: await make(contexts.park, orgs.otherBranch, 'otherBranch'),
    otherPark: await make(contexts.otherPark, orgs.otherPark, 'otherPark'),
    nonexistent,
  };
}
