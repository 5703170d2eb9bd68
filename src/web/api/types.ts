/** Named shapes of the API, taken from the generated client types so they never drift from the server. */
import type { paths } from './schema.d.ts';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of the first 2xx response of an operation. */
export type ResponseOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer S } ? JsonOf<S> : R extends { 201: infer S } ? JsonOf<S> : never
    : never;

/** The JSON request body of an operation. */
export type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters of an operation. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type Me = ResponseOf<'/api/v1/auth/me', 'get'>;
export type Assignment = Me['assignments'][number];
export type Role = Assignment['role'];

export type Org = ResponseOf<'/api/v1/orgs', 'get'>['items'][number];
export type OrgDetail = ResponseOf<'/api/v1/orgs/{id}', 'get'>;
export type OrgVersion = OrgDetail['history'][number];
export type OrgKind = Org['kind'];
export type OrgCategory = NonNullable<Org['category']>;
export type HostUnitKind = NonNullable<Org['hostUnitKind']>;
export type CreateOrgBody = BodyOf<'/api/v1/orgs', 'post'>;
export type UpdateOrgBody = BodyOf<'/api/v1/orgs/{id}', 'patch'>;

export type AuditEntry = ResponseOf<'/api/v1/audit-log', 'get'>['items'][number];
export type AuditQuery = QueryOf<'/api/v1/audit-log', 'get'>;
export type ChainReport = ResponseOf<'/api/v1/audit-log/verify', 'get'>;

export type MemberListItem = ResponseOf<'/api/v1/members', 'get'>['items'][number];
export type MemberQuery = QueryOf<'/api/v1/members', 'get'>;
export type MemberDetail = ResponseOf<'/api/v1/members/{id}', 'get'>;
export type Membership = MemberDetail['memberships'][number];
export type MemberStatus = MemberListItem['status'];
export type CreateMemberBody = BodyOf<'/api/v1/members', 'post'>;
export type UpdateMemberBody = BodyOf<'/api/v1/members/{id}', 'patch'>;
export type LeaveReason = BodyOf<'/api/v1/members/{id}/leave', 'post'>['reason'];
export type RevealField = BodyOf<'/api/v1/members/{id}/reveal', 'post'>['field'];

export type Place = ResponseOf<'/api/v1/places', 'get'>['items'][number];
export type PlaceDetail = ResponseOf<'/api/v1/places/{id}', 'get'>;
export type PlaceKind = Place['kind'];

export type User = ResponseOf<'/api/v1/users', 'get'>['items'][number];
export type UserAssignment = User['assignments'][number];
export type RoleInfo = ResponseOf<'/api/v1/roles', 'get'>['items'][number];
export type AssignmentBody = BodyOf<'/api/v1/users/{id}/role-assignments', 'put'>['assignments'][number];
