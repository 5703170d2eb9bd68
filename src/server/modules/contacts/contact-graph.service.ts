import type { ServiceContext } from '../../platform/context.ts';
import { today } from '../../platform/paging.ts';
import * as gaps from './contact-gaps.repository.ts';
import { readScope } from './contacts.policy.ts';
import * as repo from './contacts.repository.ts';
import type { LinkWithNames } from './contacts.repository.ts';
import type { GraphInput } from './contacts.schemas.ts';
import { loadIntervals } from './contact-settings.service.ts';

/** The contact graph (who links to whom, by kind) and its gaps, for the 双联系 page. */

type Node = { id: string; type: 'leader' | 'cadre' | 'org' | 'enterprise' | 'place'; label: string };

/** The near and far side of a link as graph nodes. */
function endsOf(l: LinkWithNames): [Node, Node] {
  const user = (type: 'leader' | 'cadre'): Node => ({ id: `user:${l.userId}`, type, label: l.userName ?? '' });
  const org: Node = { id: `org:${l.orgId}`, type: 'org', label: l.orgName ?? '' };
  const enterprise: Node = { id: `enterprise:${l.enterpriseId}`, type: 'enterprise', label: l.enterpriseName ?? '' };
  const place: Node = { id: `place:${l.placeId}`, type: 'place', label: l.placeName ?? '' };
  switch (l.kind) {
    case 'leader_org':
      return [user('leader'), org];
    case 'cadre_enterprise':
      return [user('cadre'), enterprise];
    case 'org_place':
      return [org, place];
    default:
      return l.direction === 'to_department' ? [enterprise, org] : [org, enterprise];
  }
}

export async function contactGraph(ctx: ServiceContext, input: GraphInput) {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const on = today();
  const asOf = input.asOf ?? on;
  const intervals = await loadIntervals(ctx.db, tenantId);
  const rows = await repo.linksInForce(ctx.db, tenantId, scope, input.kind, asOf, on, intervals);
  const nodes = new Map<string, Node>();
  const edges = rows.map((l) => {
    const [source, target] = endsOf(l);
    nodes.set(source.id, source);
    nodes.set(target.id, target);
    return { linkId: l.id, kind: input.kind, source: source.id, target: target.id, isStale: l.isStale };
  });
  return {
    asOf,
    kind: input.kind,
    nodes: [...nodes.values()],
    edges,
    gaps: {
      leadersWithoutPoints: await gaps.leadersWithoutPoints(ctx.db, tenantId, scope, asOf),
      enterprisesWithoutDepartment: { category: input.category, ...(await gaps.enterprisesWithoutDepartment(ctx.db, tenantId, scope, input.category, asOf, on, 100)) },
      staleLinks: await repo.countStale(ctx.db, tenantId, scope, asOf, on, intervals),
    },
  };
}

/** For the figures: the links in scope of one kind in force on a date. */
export async function linksOfKindOn(ctx: ServiceContext, kind: string, asOf: string) {
  const scope = readScope(ctx.actor);
  return repo.linksInForce(ctx.db, ctx.actor.tenantId, scope, kind, asOf, today(), {});
}
