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

export type EnterpriseListItem = ResponseOf<'/api/v1/enterprises', 'get'>['items'][number];
export type EnterpriseQuery = QueryOf<'/api/v1/enterprises', 'get'>;
export type EnterpriseDetail = ResponseOf<'/api/v1/enterprises/{id}', 'get'>;
export type EnterpriseStatus = EnterpriseListItem['status'];
export type UnitKind = EnterpriseListItem['unitKind'];
export type Designation = EnterpriseListItem['designations'][number];
export type DesignationPeriod = EnterpriseDetail['designationHistory'][number];
export type CoverageLink = EnterpriseDetail['coverageHistory'][number];
export type CoverageKind = CoverageLink['kind'];
export type EnterpriseContact = EnterpriseDetail['contacts'][number];

export type OnboardingCaseListItem = ResponseOf<'/api/v1/onboarding-cases', 'get'>['items'][number];
export type OnboardingCase = ResponseOf<'/api/v1/onboarding-cases/{id}', 'get'>;
export type CompletedOnboardingCase = ResponseOf<'/api/v1/onboarding-cases/{id}/complete', 'post'>;
export type OnboardingCaseStatus = OnboardingCaseListItem['status'];
export type OverallStatus = OnboardingCaseListItem['overallStatus'];
export type OnboardingTrack = OnboardingCase['tracks'][number];
export type OnboardingTrackName = OnboardingTrack['track'];
export type OnboardingStep = OnboardingTrack['steps'][number];
export type StepStatus = OnboardingStep['status'];
export type OverdueStep = ResponseOf<'/api/v1/onboarding-steps/overdue', 'get'>['items'][number];

export type CoverageRate = ResponseOf<'/api/v1/coverage/rates', 'get'>['items'][number];
export type CoverageCategory = CoverageRate['category'];
export type CoverageUnit = ResponseOf<'/api/v1/coverage/units', 'get'>['items'][number];
export type CoverageAlert = ResponseOf<'/api/v1/coverage/alerts', 'get'>['items'][number];
export type UnvisitedUnit = ResponseOf<'/api/v1/coverage/unvisited', 'get'>['items'][number];
export type InstructorAssignment = ResponseOf<'/api/v1/instructor-assignments', 'get'>['items'][number];

export type ProjectListItem = ResponseOf<'/api/v1/projects', 'get'>['items'][number];
export type ProjectStage = ProjectListItem['stage'];
export type ProjectDetail = ResponseOf<'/api/v1/projects/{id}', 'get'>;
export type ProjectNote = ProjectDetail['serviceLog'][number];
export type ProjectNoteKind = ProjectNote['kind'];
export type ProjectNoteCategory = NonNullable<ProjectNote['category']>;
export type ProjectOfficer = ProjectDetail['officers'][number];
export type ProjectStageChange = ProjectDetail['stageHistory'][number];
export type Pipeline = ResponseOf<'/api/v1/projects/pipeline', 'get'>;

export type ChainListItem = ResponseOf<'/api/v1/chains', 'get'>['items'][number];
export type ChainDetail = ResponseOf<'/api/v1/chains/{id}', 'get'>;
export type ChainEnterprise = ChainDetail['enterprises'][number];
export type Honor = ChainDetail['honors'][number];

export type PolicyListItem = ResponseOf<'/api/v1/policies', 'get'>['items'][number];
export type PolicyDetail = ResponseOf<'/api/v1/policies/{id}', 'get'>;
export type PolicyTopic = PolicyListItem['topic'];
export type RedAction = NonNullable<PolicyListItem['redAction']>;
