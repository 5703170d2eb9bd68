import type { LinkWithNames } from './contacts.repository.ts';
import type { SecondmentDirection, LinkKind } from './contacts.rules.ts';
import type { LinkView } from './contacts.schemas.ts';
import type { VisitWithNames } from './visits.repository.ts';
import type { VisitView } from './visits.schemas.ts';

/** Shapes contact links and visits for the API; never the raw rows. */

export function presentLink(row: LinkWithNames, on: string): LinkView {
  return {
    id: row.id,
    kind: row.kind as LinkKind,
    userId: row.userId,
    userName: row.userName,
    orgId: row.orgId,
    orgName: row.orgName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    placeId: row.placeId,
    placeName: row.placeName,
    placeKind: row.placeKind,
    memberId: row.memberId,
    personName: row.personName,
    direction: row.direction as SecondmentDirection | null,
    note: row.note,
    validFrom: row.validFrom,
    validTo: row.validTo,
    isCurrent: row.validFrom <= on && (row.validTo === null || row.validTo > on),
    lastVisitedOn: row.lastVisitedOn,
    staleAfterDays: row.staleAfterDays,
    isStale: row.isStale,
  };
}

export function presentVisit(row: VisitWithNames): VisitView {
  return {
    id: row.id,
    visitorUserId: row.visitorUserId,
    visitorName: row.visitorName,
    visitedOn: row.visitedOn,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    placeId: row.placeId,
    placeName: row.placeName,
    linkId: row.linkId,
    peopleMet: row.peopleMet,
    findings: row.findings,
  };
}
