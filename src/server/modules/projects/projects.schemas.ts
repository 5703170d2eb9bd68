import { z } from 'zod';
import { asOfQuery, isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { initialStages, noteCategories, noteKinds, projectStages } from './projects.rules.ts';

const id = (what: string) => z.number().int().describe(what);
const refId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);
const stage = z.enum(projectStages);
const yuan = (what: string) => z.number().int().describe(`${what}, in 元`);
const yuanText = z.string().describe('The same amount in 万元 or 亿元, for display');

export const stageSummaryView = z.object({
  stage: stage.describe('Project stage'),
  count: z.number().int().describe('Projects in this stage on the date read'),
  agreedInvestment: yuan('Their agreed investment'),
  agreedInvestmentText: yuanText,
});
export type StageSummary = z.infer<typeof stageSummaryView>;

export const projectListItem = z.object({
  id: id('Project id'),
  code: z.string().describe('Project code, unique in the park'),
  name: z.string().describe('Project name'),
  investorEnterpriseId: z.number().int().nullable().describe('The investing enterprise, when it is recorded in the park'),
  investorName: z.string().describe('The investor as named in the agreement'),
  chainId: z.number().int().nullable().describe('The industrial chain the project belongs to'),
  chainName: z.string().nullable().describe('That chain\'s current name'),
  agreedInvestment: yuan('Agreed investment (协议投资)'),
  agreedInvestmentText: yuanText,
  stage: stage.describe('Stage on the date read: negotiating, signed, registered, started, in_production'),
  stageSince: z.string().describe('Day the project entered that stage'),
});
export type ProjectListItem = z.infer<typeof projectListItem>;

export const projectListView = pageOf(projectListItem).extend({ asOf: z.string().describe('The date read') });

export const stageChangeView = z.object({
  id: id('Stage change id'),
  fromStage: stage.nullable().describe('Stage before; null for the stage the project was recorded in'),
  toStage: stage.describe('Stage after'),
  changedOn: z.string().describe('Day of the change'),
  reason: z.string().nullable().describe('Why; required when moving back'),
  byUserId: z.number().int().nullable().describe('Who recorded it; null for the platform itself'),
  byUserName: z.string().nullable().describe('Their display name'),
});

export const officerView = z.object({
  id: id('Assignment id'),
  projectId: id('Project id'),
  userId: id('The chief service officer (首席服务官), a user'),
  userName: z.string().describe('The officer\'s display name'),
  validFrom: z.string().describe('First day of the assignment'),
  validTo: z.string().nullable().describe('Day the assignment ended (exclusive); null while current'),
  isCurrent: z.boolean().describe('Serving today'),
});
export type OfficerView = z.infer<typeof officerView>;

export const noteView = z.object({
  id: id('Note id'),
  projectId: id('Project id'),
  kind: z.enum(noteKinds).describe('service_log (the officer\'s log), blocker, or factor_need (要素保障)'),
  category: z.enum(noteCategories).nullable().describe('For blockers and factor needs: land, energy, finance, labour, approval, other'),
  content: z.string().describe('What happened, or what is needed'),
  notedOn: z.string().describe('Day recorded'),
  status: z.enum(['open', 'resolved']).nullable().describe('For blockers and factor needs: open or resolved; null for a log entry'),
  resolvedOn: z.string().nullable().describe('Day resolved'),
  byUserId: z.number().int().nullable().describe('Who recorded it'),
  byUserName: z.string().nullable().describe('Their display name'),
});
export type NoteView = z.infer<typeof noteView>;

export const projectDetailView = projectListItem.extend({
  asOf: z.string().describe('The date the stage is read on'),
  description: z.string().nullable().describe('What the project builds'),
  currentStage: stage.describe('Stage today'),
  stageHistory: z.array(stageChangeView).describe('Every stage change, earliest first'),
  officers: z.array(officerView).describe('Every chief service officer assignment, latest first; isCurrent marks who serves today'),
  serviceLog: z.array(noteView).describe('The officers\' service log, latest first'),
  blockers: z.array(noteView).describe('Blockers, open first, latest first'),
  factorNeeds: z.array(noteView).describe('Factor needs (land, energy, finance, labour…), open first, latest first'),
});

export const listProjectsQuery = z
  .object({
    asOf: asOfQuery,
    stage: stage.optional().describe('Only projects in this stage on the date read'),
    chainId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only projects of this chain'),
    q: z.string().trim().min(1).max(100).optional().describe('Name, code or investor contains'),
    ...pageQuery,
  })
  .strict();
export type ListProjectsInput = z.infer<typeof listProjectsQuery>;

export const projectDetailQuery = z.object({ asOf: asOfQuery }).strict();

const code = z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ only').describe('Project code, unique in the park');
const name = z.string().trim().min(2).max(200).describe('Project name');
const investorName = z.string().trim().min(2).max(200).describe('The investor as named in the agreement; taken from the enterprise when omitted');
const agreedInvestment = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('Agreed investment in 元 (yuan), more than 0');
const description = z.string().trim().max(2000).nullable().optional().describe('What the project builds');

export const createProjectBody = z
  .object({
    code,
    name,
    investorEnterpriseId: refId('The investing enterprise, when recorded in the park').nullable().optional(),
    investorName: investorName.optional(),
    chainId: refId('The chain; without one the project is reachable park-wide only').nullable().optional(),
    agreedInvestment,
    stage: z.enum(initialStages).describe('negotiating, or signed when the agreement is already signed'),
    stageSince: isoDate.describe('Day the project entered that stage (not in the future)'),
    description,
  })
  .strict();
export type CreateProjectInput = z.infer<typeof createProjectBody>;

export const updateProjectBody = z
  .object({
    code: code.optional(),
    name: name.optional(),
    investorEnterpriseId: createProjectBody.shape.investorEnterpriseId,
    investorName: investorName.optional(),
    chainId: createProjectBody.shape.chainId,
    agreedInvestment: agreedInvestment.optional(),
    description,
  })
  .strict();
export type UpdateProjectInput = z.infer<typeof updateProjectBody>;

export const changeStageBody = z
  .object({
    toStage: stage.describe('The new stage; forward jumps are allowed'),
    changedOn: isoDate.describe('Day of the change: not before the last change, not in the future'),
    reason: z.string().trim().min(1).max(500).optional().describe('Why; required when moving back to an earlier stage'),
  })
  .strict();
export type ChangeStageInput = z.infer<typeof changeStageBody>;

export const assignOfficerBody = z
  .object({
    userId: refId('The user who becomes chief service officer'),
    validFrom: isoDate.describe('First day of service (not in the future); the current officer\'s service ends that day'),
  })
  .strict();
export type AssignOfficerInput = z.infer<typeof assignOfficerBody>;

export const endOfficerBody = z.object({ validTo: isoDate.describe('Day the service ends (exclusive): after the first day, not in the future') }).strict();

export const addNoteBody = z
  .object({
    kind: z.enum(noteKinds).describe('service_log, blocker or factor_need'),
    category: z.enum(noteCategories).optional().describe('Required for blockers and factor needs; none for a log entry'),
    content: z.string().trim().min(1).max(2000).describe('What happened, or what is needed'),
    notedOn: isoDate.describe('Day recorded (not in the future)'),
  })
  .strict();
export type AddNoteInput = z.infer<typeof addNoteBody>;

export const resolveNoteBody = z.object({ resolvedOn: isoDate.describe('Day resolved: not before it was noted, not in the future') }).strict();

export const pipelineQuery = z
  .object({
    asOf: asOfQuery,
    chainId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only this chain\'s projects'),
  })
  .strict();

const pipelineTotal = z.object({ count: z.number().int().describe('Projects'), agreedInvestment: yuan('Agreed investment'), agreedInvestmentText: yuanText });

export const pipelineView = z.object({
  asOf: z.string().describe('The date read'),
  total: pipelineTotal.describe('All projects recorded by the date'),
  byStage: z.array(stageSummaryView).describe('Per stage on the date, every stage listed'),
  byChain: z
    .array(
      pipelineTotal.extend({
        chainId: z.number().int().nullable().describe('The chain; null for projects without one'),
        chainName: z.string().nullable().describe('Its current name'),
        stages: z.array(stageSummaryView).describe('Per stage on the date, every stage listed'),
      }),
    )
    .describe('Per chain × stage'),
});
