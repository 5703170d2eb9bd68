/** The kinds of contact link (双联系) and the rules that depend only on a link's kind. */

export const linkKinds = ['leader_org', 'department_enterprise', 'cadre_enterprise', 'org_place', 'secondment'] as const;
export type LinkKind = (typeof linkKinds)[number];

export const secondmentDirections = ['to_enterprise', 'to_department'] as const;
export type SecondmentDirection = (typeof secondmentDirections)[number];

/**
 * Kinds whose links are watched for visits: a visit to the link's enterprise or place counts for them. Leader
 * contact points and secondments are not visited in this sense (a leader holds no visits.write; a secondment is a
 * posting, not a pairing), so they are never flagged.
 */
export const watchedKinds = ['department_enterprise', 'cadre_enterprise', 'org_place'] as const satisfies readonly LinkKind[];
export type WatchedKind = (typeof watchedKinds)[number];

/**
 * The park's defaults until a setting is stored: a cadre visits each paired enterprise at least quarterly, a
 * department each of its enterprises half-yearly. Org ↔ place links are not watched until the park says so: their
 * visits are logged only by cadres whose scope covers the community.
 */
export const defaultStaleAfterDays: Record<WatchedKind, number | null> = { department_enterprise: 180, cadre_enterprise: 90, org_place: null };

export function isWatchedKind(kind: string): kind is WatchedKind {
  return (watchedKinds as readonly string[]).includes(kind);
}

/** Kinds whose far side is an enterprise; their scope follows the enterprise (the others follow the org). */
export const enterpriseKinds: readonly LinkKind[] = ['department_enterprise', 'cadre_enterprise', 'secondment'];

/** The role the user of a user-side link must hold on the link's first day. */
export const userRoleOf: Partial<Record<LinkKind, 'leader' | 'cadre'>> = { leader_org: 'leader', cadre_enterprise: 'cadre' };

export const linkKindNames: Record<LinkKind, { zh: string; en: string }> = {
  leader_org: { zh: '区领导党建联系点', en: 'Leader contact point' },
  department_enterprise: { zh: '部门联系企业', en: 'Department contact' },
  cadre_enterprise: { zh: '干部联系企业', en: 'Cadre pairing' },
  org_place: { zh: '企业党组织联系社区小区', en: 'Enterprise org ↔ community' },
  secondment: { zh: '双向挂职', en: 'Secondment' },
};

/** The date `days` days before an ISO date. */
export function daysBefore(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The first day of an ISO date's year. */
export function yearStart(isoDate: string): string {
  return `${isoDate.slice(0, 4)}-01-01`;
}
