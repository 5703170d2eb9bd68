import type { OrgCategory, OrgKind } from './orgs.rules.ts';
import type { OrgView } from './orgs.schemas.ts';
import type { OrgRow } from './orgs.repository.ts';

export function presentOrg(row: OrgRow, childCount: number): OrgView {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as OrgKind,
    category: (row.category as OrgCategory | null) ?? null,
    name: row.name,
    shortName: row.shortName,
    parentId: row.parentId,
    depth: row.depth,
    foundedOn: row.foundedOn,
    dissolvedOn: row.dissolvedOn,
    hostUnitKind: (row.hostUnitKind as OrgView['hostUnitKind']) ?? null,
    hostUnitName: row.hostUnitName,
    placeId: row.placeId,
    secretaryMemberId: row.secretaryMemberId,
    childCount,
  };
}
