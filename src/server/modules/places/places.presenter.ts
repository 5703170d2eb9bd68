import type { PlaceWithOrg } from './places.repository.ts';
import type { PlaceKind } from './places.rules.ts';
import type { PlaceDetailView, PlaceView } from './places.schemas.ts';

export function presentPlace(row: PlaceWithOrg, childCount: number): PlaceView {
  return {
    id: row.id,
    kind: row.kind as PlaceKind,
    code: row.code,
    name: row.name,
    parentId: row.parentId,
    depth: row.depth,
    address: row.address,
    orgId: row.orgId,
    orgName: row.orgName,
    centerMemberId: row.centerMemberId,
    childCount,
  };
}

export function presentPlaceDetail(
  row: PlaceWithOrg,
  extra: { childCount: number; ancestors: PlaceWithOrg[]; orgs: { id: number; name: string }[]; centerMemberName: string | null },
): PlaceDetailView {
  return {
    ...presentPlace(row, extra.childCount),
    ancestors: extra.ancestors.map((a) => ({ id: a.id, kind: a.kind as PlaceKind, name: a.name })),
    orgs: extra.orgs,
    centerMemberName: extra.centerMemberName,
  };
}
