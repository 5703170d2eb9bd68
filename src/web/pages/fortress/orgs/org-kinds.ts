/**
 * The kind rules come straight from the server's module (plain TypeScript, no server dependencies), so the
 * form offers exactly the kinds the server will accept.
 */
import { allowedParents, mayParent, orgCategories, orgKinds, hostUnitKinds } from '../../../../server/modules/orgs/orgs.rules.ts';
import type { OrgKind } from '../../../api/types.ts';

export { orgCategories, orgKinds, hostUnitKinds };

/** Kinds an org may have under a parent of this kind (null: a root). */
export function childKindsOf(parentKind: OrgKind | null): OrgKind[] {
  return orgKinds.filter((kind) => mayParent(parentKind, kind));
}

/** Kinds an org may change to under its parent's kind; the server also checks the kinds of its children. */
export function kindsAllowedFor(parentKind: OrgKind | null, current: OrgKind): OrgKind[] {
  return orgKinds.filter((kind) => kind !== current && allowedParents[kind].includes(parentKind));
}
