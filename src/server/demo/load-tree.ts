import type { ServiceContext } from '../platform/context.ts';
import { createOrg, dissolveOrg, moveOrg, renameOrg, updateOrg } from '../modules/orgs/orgs.service.ts';
import { createPlace } from '../modules/places/places.service.ts';
import type { OrgEvent, PlannedOrg } from './org-plan.ts';
import type { PlannedPlace } from './places-plan.ts';

/** Ids of what has been written, by plan code. */
export type Ids = Map<string, number>;

export function idOf(ids: Ids, code: string): number {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`demo park: nothing written yet for ${code}`);
  return id;
}

/** Founds every planned org through the orgs service, parents first (the plan lists them so). */
export async function createOrgs(ctx: ServiceContext, orgs: readonly PlannedOrg[]): Promise<Ids> {
  const ids: Ids = new Map();
  for (const o of orgs) {
    const created = await createOrg(ctx, {
      parentId: o.parentCode === null ? null : idOf(ids, o.parentCode),
      code: o.code,
      kind: o.kind,
      category: o.category,
      name: o.name,
      shortName: o.shortName,
      foundedOn: o.foundedOn,
      hostUnitKind: o.hostUnitKind,
      hostUnitName: o.hostUnitName,
    });
    ids.set(o.code, created.id);
  }
  return ids;
}

/** Creates the place tree through the places service, each place tied to its responsible org. */
export async function createPlaces(ctx: ServiceContext, places: readonly PlannedPlace[], orgIds: Ids): Promise<Ids> {
  const ids: Ids = new Map();
  for (const p of places) {
    const created = await createPlace(ctx, {
      parentId: p.parentCode === null ? null : idOf(ids, p.parentCode),
      kind: p.kind,
      code: p.code,
      name: p.name,
      address: p.address,
      ...(p.orgCode ? { orgId: idOf(orgIds, p.orgCode) } : {}),
    });
    ids.set(p.code, created.id);
  }
  return ids;
}

/** One dated change of the org tree: a rename (and the host unit's new name), a move or a dissolution. */
export async function applyOrgEvent(ctx: ServiceContext, e: OrgEvent, orgIds: Ids): Promise<void> {
  const id = idOf(orgIds, e.code);
  if (e.type === 'rename') {
    await renameOrg(ctx, id, { name: e.name, shortName: e.shortName, effectiveOn: e.on, note: e.note });
    if (e.hostUnitName) await updateOrg(ctx, id, { hostUnitName: e.hostUnitName });
  } else if (e.type === 'move') {
    await moveOrg(ctx, id, { parentId: idOf(orgIds, e.parentCode), effectiveOn: e.on, note: e.note });
  } else {
    await dissolveOrg(ctx, id, { effectiveOn: e.on, note: e.note });
  }
}
