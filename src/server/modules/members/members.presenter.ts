import type { MemberRow, MembershipRow, RosterRow } from './members.repository.ts';
import type { MemberDetailView, MemberListItem, MemberStatus } from './members.schemas.ts';
import { endReasons, startReasons } from './members.schemas.ts';

type Sex = MemberListItem['sex'];
type StartReason = (typeof startReasons)[number];
type EndReason = (typeof endReasons)[number];

/** Org names the caller may see, by org id; absent or null → not shown. */
export type OrgNames = Map<number, string | null>;

/** One roster row: masked personal data only, status and org as on the date read. */
export function presentListItem(row: RosterRow, names: OrgNames): MemberListItem {
  const m = row.member;
  return {
    id: m.id,
    name: m.name,
    sex: m.sex as Sex,
    birthDate: m.birthDate,
    idNumberMasked: m.idNumberMasked,
    phoneMasked: m.phoneMasked,
    status: row.statusOn,
    joinedOn: m.joinedOn,
    convertedOn: m.convertedOn,
    post: m.post,
    orgId: row.orgId,
    orgName: names.get(row.orgId) ?? null,
  };
}

/** One member with their membership periods; masked personal data only. */
export function presentDetail(m: MemberRow, periods: MembershipRow[], home: MembershipRow | null, names: OrgNames): MemberDetailView {
  return {
    id: m.id,
    name: m.name,
    namePinyin: m.namePinyin,
    sex: m.sex as Sex,
    ethnicity: m.ethnicity,
    birthDate: m.birthDate,
    education: m.education,
    idNumberMasked: m.idNumberMasked,
    phoneMasked: m.phoneMasked,
    status: m.status as MemberStatus,
    joinedOn: m.joinedOn,
    convertedOn: m.convertedOn,
    post: m.post,
    householdId: m.householdId,
    employerId: m.employerId,
    orgId: home?.orgId ?? null,
    orgName: home ? (names.get(home.orgId) ?? null) : null,
    isCurrent: home !== null && home.validTo === null,
    memberships: periods.map((p) => ({
      id: p.id,
      orgId: p.orgId,
      orgName: names.get(p.orgId) ?? null,
      validFrom: p.validFrom,
      validTo: p.validTo,
      startReason: p.startReason as StartReason,
      endReason: (p.endReason as EndReason | null) ?? null,
      note: p.note,
    })),
  };
}
