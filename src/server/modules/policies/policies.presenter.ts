import type { RedAction } from '../../platform/red-actions.ts';
import type { MeasureRow, PolicyRow } from './policies.repository.ts';
import type { PolicyDetailView, PolicyTopic, PolicyView } from './policies.schemas.ts';

export function isInForce(row: { issuedOn: string; repealedOn: string | null }, on: string): boolean {
  return row.issuedOn <= on && (row.repealedOn === null || row.repealedOn > on);
}

export function presentPolicy(row: PolicyRow, on: string): PolicyView {
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: row.orgName,
    docNumber: row.docNumber,
    title: row.title,
    issuer: row.issuer,
    topic: row.topic as PolicyTopic,
    redAction: row.redAction as RedAction | null,
    summary: row.summary,
    issuedOn: row.issuedOn,
    repealedOn: row.repealedOn,
    repealReason: row.repealReason,
    isInForce: isInForce(row, on),
    measureCount: row.measureCount,
  };
}

export function presentPolicyDetail(row: PolicyRow, measures: MeasureRow[], on: string): PolicyDetailView {
  return { ...presentPolicy(row, on), measures: measures.map((m) => ({ id: m.id, seq: m.seq, title: m.title, content: m.content })) };
}
