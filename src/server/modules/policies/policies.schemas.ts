import { z } from 'zod';
import { asOfQuery, isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { redActions } from '../../platform/red-actions.ts';

/** What a policy document serves; the figures count measures by topic (F21: demonstration park, F40: business environment). */
export const policyTopics = ['demonstration_park', 'business_environment', 'industry', 'talent', 'finance', 'other'] as const;
export type PolicyTopic = (typeof policyTopics)[number];

const topic = z.enum(policyTopics).describe('What it serves: demonstration_park (创建示范园区), business_environment (营商环境), industry, talent, finance, other');
const redAction = z.enum(redActions).nullable().describe('The Red Action it is reported under; null: none in particular');

export const measureView = z.object({
  id: z.number().int().describe('Measure id'),
  seq: z.number().int().describe('Its number in the document (第 n 条), from 1'),
  title: z.string().describe('The measure in one line'),
  content: z.string().nullable().describe('Its full text'),
});

export const policyView = z.object({
  id: z.number().int().describe('Policy id'),
  orgId: z.number().int().describe('The issuing org'),
  orgName: z.string().describe('Its current name'),
  docNumber: z.string().nullable().describe('文号, e.g. 内经开党工委发〔2024〕3号'),
  title: z.string().describe('Title, without 《》'),
  issuer: z.string().describe('Issuing body as printed on the document'),
  topic,
  redAction,
  summary: z.string().nullable().describe('What it is about'),
  issuedOn: z.string().describe('Date issued (in force from)'),
  repealedOn: z.string().nullable().describe('Date repealed (no longer in force from); null: in force'),
  repealReason: z.string().nullable().describe('Why it was repealed'),
  isInForce: z.boolean().describe('In force on the date asked (today by default)'),
  measureCount: z.number().int().describe('How many measures it has'),
});
export type PolicyView = z.infer<typeof policyView>;

export const policyDetailView = policyView.extend({ measures: z.array(measureView).describe('Its measures in order') });
export type PolicyDetailView = z.infer<typeof policyDetailView>;
export const policyListView = pageOf(policyView);

export const listPoliciesQuery = z
  .object({
    q: z.string().trim().max(100).optional().describe('Title or document number contains'),
    topic: z.enum(policyTopics).optional().describe('Only this topic'),
    redAction: z.enum(redActions).optional().describe('Only policies reported under this Red Action'),
    asOf: asOfQuery,
    inForce: z.enum(['true', 'false']).optional().describe('true: only those in force on asOf; false: only those not (yet or any more) in force'),
    ...pageQuery,
  })
  .strict();
export type ListPoliciesInput = z.infer<typeof listPoliciesQuery>;

export const measureInput = z
  .object({
    title: z.string().trim().min(2).max(300).describe('The measure in one line'),
    content: z.string().trim().max(5000).nullable().optional().describe('Its full text'),
  })
  .strict();
const measures = z.array(measureInput).min(1).max(500).describe('The measures in order; they are numbered from 1 as given');

const docNumber = z.string().trim().min(2).max(100).nullable().optional().describe('文号; unique in the park');
const title = z.string().trim().min(2).max(200).describe('Title, without 《》');
const issuer = z.string().trim().min(2).max(100).describe('Issuing body as printed on the document');
const summary = z.string().trim().max(2000).nullable().optional().describe('What it is about');

export const createPolicyBody = z
  .object({
    orgId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('The issuing org (the caller must write policies there)'),
    docNumber,
    title,
    issuer,
    topic,
    redAction: redAction.optional(),
    summary,
    issuedOn: isoDate.describe('Date issued (not in the future)'),
    measures,
  })
  .strict();
export type CreatePolicyInput = z.infer<typeof createPolicyBody>;

export const updatePolicyBody = z
  .object({ docNumber, title: title.optional(), issuer: issuer.optional(), topic: topic.optional(), redAction: redAction.optional(), summary, issuedOn: isoDate.optional().describe('Date issued (not in the future)') })
  .strict();
export type UpdatePolicyInput = z.infer<typeof updatePolicyBody>;

export const replaceMeasuresBody = z.object({ measures }).strict();
export type MeasureInput = z.infer<typeof measureInput>;

export const repealPolicyBody = z
  .object({
    repealedOn: isoDate.describe('First day it is no longer in force (after the issue date, not in the future)'),
    reason: z.string().trim().min(2).max(500).describe('Why: superseded by, expired, …'),
  })
  .strict();
export type RepealPolicyInput = z.infer<typeof repealPolicyBody>;
