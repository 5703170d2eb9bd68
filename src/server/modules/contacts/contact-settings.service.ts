import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { ruleViolation } from '../../platform/errors.ts';
import * as repo from './contacts.repository.ts';
import { type WatchedKind, defaultStaleAfterDays, isWatchedKind, watchedKinds } from './contacts.rules.ts';
import { assertParkWideWrite, readScope } from './contacts.policy.ts';

/** The park's visit intervals per watched link kind ("links without a visit in N days are flagged"). */

/** The intervals in force: stored settings over the platform defaults. */
export async function loadIntervals(db: DbOrTx, tenantId: number): Promise<Record<WatchedKind, number | null>> {
  const stored = new Map((await repo.listSettings(db, tenantId)).map((s) => [s.kind, s.staleAfterDays]));
  return Object.fromEntries(watchedKinds.map((k) => [k, stored.has(k) ? (stored.get(k) ?? null) : defaultStaleAfterDays[k]])) as Record<WatchedKind, number | null>;
}

export async function listContactSettings(ctx: ServiceContext) {
  readScope(ctx.actor);
  const stored = new Set((await repo.listSettings(ctx.db, ctx.actor.tenantId)).map((s) => s.kind));
  const intervals = await loadIntervals(ctx.db, ctx.actor.tenantId);
  return { items: watchedKinds.map((kind) => ({ kind, staleAfterDays: intervals[kind], isDefault: !stored.has(kind) })) };
}

/** Sets a watched kind's interval (null stops watching it). Kinds that are never visited are refused (422). */
export async function putContactSetting(ctx: ServiceContext, kind: string, staleAfterDays: number | null) {
  readScope(ctx.actor);
  if (!isWatchedKind(kind)) throw ruleViolation('kind', '区领导联系点和双向挂职不按走访间隔预警', 'Leader contact points and secondments are not watched for visits');
  assertParkWideWrite(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const before = (await loadIntervals(tx, tenantId))[kind];
    await repo.upsertSetting(tx, tenantId, kind, staleAfterDays);
    await recordAudit(tx, auditActor(ctx), { action: 'contact_setting.update', objectType: 'contact_setting', objectId: kind, result: 'success', diff: { staleAfterDays: { before, after: staleAfterDays } } });
  });
  return listContactSettings(ctx);
}
