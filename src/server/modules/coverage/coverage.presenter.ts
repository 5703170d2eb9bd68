import type { AlertRow, CategoryCounts, CoverageRule, UnitRef, UnitRow, UnvisitedRow } from './coverage.repository.ts';
import {
  type CoverageAlertView,
  type CoverageCategory,
  type CoverageRateView,
  type CoverageRuleView,
  type CoverageUnitView,
  type UnvisitedView,
  coverageCategories,
} from './coverage.schemas.ts';
import type { InstructorAssignmentView, GuidanceVisitView } from './instructors.schemas.ts';
import type { AssignmentWithNames, VisitWithNames } from './instructors.repository.ts';

type InstructorRef = { userId: number; displayName: string; validFrom: string };
type OrgRef = { orgId: number; name: string; kind: string };

export function presentRule(category: CoverageCategory, rule: CoverageRule, isDefault: boolean): CoverageRuleView {
  return { category, countsOrg: rule.countsOrg, countsInstructor: rule.countsInstructor, visitIntervalDays: rule.visitIntervalDays, isDefault };
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

export function presentRate(category: CoverageCategory, rule: CoverageRule, c: CategoryCounts): CoverageRateView {
  return {
    category,
    rule: { countsOrg: rule.countsOrg, countsInstructor: rule.countsInstructor, visitIntervalDays: rule.visitIntervalDays },
    denominator: c.denominator,
    orgCovered: c.orgCovered,
    instructorCovered: c.instructorCovered,
    covered: c.covered,
    rate: ratio(c.covered, c.denominator),
    orgRate: ratio(c.orgCovered, c.denominator),
    instructorRate: ratio(c.instructorCovered, c.denominator),
  };
}

function presentUnitRef(u: UnitRef) {
  return { id: u.id, name: u.name, uscc: u.uscc, unitKind: u.unitKind as 'enterprise' | 'social_org' };
}

const instructorsOf = (list: InstructorRef[]) => list.map((i) => ({ userId: i.userId, displayName: i.displayName, validFrom: i.validFrom }));

export function presentUnit(row: UnitRow, orgs: OrgRef[], instructors: InstructorRef[]): CoverageUnitView {
  return {
    ...presentUnitRef(row),
    responsibleOrgId: row.responsibleOrgId,
    responsibleOrgName: row.responsibleOrgName,
    covered: row.covered,
    orgCovered: row.orgCovered,
    instructorCovered: row.instructorCovered,
    orgs: orgs.map((o) => ({ orgId: o.orgId, name: o.name, kind: o.kind as 'own' | 'joint' })),
    instructors: instructorsOf(instructors),
  };
}

export function presentAlert(row: AlertRow, instructors: InstructorRef[], committees: { orgId: number; name: string }[]): CoverageAlertView {
  return {
    unit: presentUnitRef(row),
    reason: row.reason,
    categories: coverageCategories.filter((c) => row.uncovered[c]),
    fullMembers: row.fullMembers,
    recipients: { instructors: instructorsOf(instructors), committees: committees.map((c) => ({ orgId: c.orgId, name: c.name })) },
  };
}

export function presentUnvisited(row: UnvisitedRow, instructors: InstructorRef[]): UnvisitedView {
  return {
    unit: presentUnitRef(row),
    instructors: instructorsOf(instructors),
    categories: coverageCategories.filter((c) => row.inCategory[c]),
    intervalDays: row.intervalDays,
    lastVisitOn: row.lastVisitOn,
    daysSinceLastVisit: row.daysSinceLastVisit,
  };
}

export function presentAssignment(row: AssignmentWithNames, today: string): InstructorAssignmentView {
  return {
    id: row.id,
    instructorUserId: row.instructorUserId,
    instructorName: row.instructorName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    validFrom: row.validFrom,
    validTo: row.validTo,
    isCurrent: row.validFrom <= today && (row.validTo === null || row.validTo > today),
  };
}

export function presentVisit(row: VisitWithNames): GuidanceVisitView {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    instructorUserId: row.instructorUserId,
    instructorName: row.instructorName,
    visitedOn: row.visitedOn,
    topics: row.topics,
    findings: row.findings,
    followUps: row.followUps,
  };
}

/** Groups rows by their unit id, keeping order. */
export function byUnit<T extends { enterpriseId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows) map.set(r.enterpriseId, [...(map.get(r.enterpriseId) ?? []), r]);
  return map;
}
