import type { z } from 'zod';
import type { NoteRow, OfficerRow, StageChangeRow } from './project-records.repository.ts';
import type { ProjectOnDate } from './projects.repository.ts';
import { type NoteCategory, type NoteKind, type ProjectStage, formatYuan, projectStages } from './projects.rules.ts';
import type { NoteView, OfficerView, ProjectListItem, StageSummary, stageChangeView } from './projects.schemas.ts';

export function presentProject(row: ProjectOnDate): ProjectListItem {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    investorEnterpriseId: row.investorEnterpriseId,
    investorName: row.investorName,
    chainId: row.chainId,
    chainName: row.chainName,
    agreedInvestment: row.agreedInvestment,
    agreedInvestmentText: formatYuan(row.agreedInvestment),
    stage: row.stageOn as ProjectStage,
    stageSince: row.stageSinceOn,
  };
}

export function presentStageChange(row: StageChangeRow): z.infer<typeof stageChangeView> {
  return {
    id: row.id,
    fromStage: row.fromStage as ProjectStage | null,
    toStage: row.toStage as ProjectStage,
    changedOn: row.changedOn,
    reason: row.reason,
    byUserId: row.byUserId,
    byUserName: row.byUserName,
  };
}

/** `on`: the day "current" is judged on (today). */
export function presentOfficer(row: OfficerRow, on: string): OfficerView {
  return {
    id: row.id,
    projectId: row.projectId,
    userId: row.officerUserId,
    userName: row.userName,
    validFrom: row.validFrom,
    validTo: row.validTo,
    isCurrent: row.validFrom <= on && (row.validTo === null || row.validTo > on),
  };
}

export function presentNote(row: NoteRow): NoteView {
  return {
    id: row.id,
    projectId: row.projectId,
    kind: row.kind as NoteKind,
    category: row.category as NoteCategory | null,
    content: row.content,
    notedOn: row.notedOn,
    status: row.status as 'open' | 'resolved' | null,
    resolvedOn: row.resolvedOn,
    byUserId: row.byUserId,
    byUserName: row.byUserName,
  };
}

/** Counts and agreed investment per stage, every stage listed in order (zeros included). */
export function summarizeByStage(rows: { stage: string; agreedInvestment: number }[]): StageSummary[] {
  return projectStages.map((stage) => {
    const inStage = rows.filter((r) => r.stage === stage);
    const sum = inStage.reduce((total, r) => total + r.agreedInvestment, 0);
    return { stage, count: inStage.length, agreedInvestment: sum, agreedInvestmentText: formatYuan(sum) };
  });
}

export function summarizeTotal(rows: { agreedInvestment: number }[]) {
  const sum = rows.reduce((total, r) => total + r.agreedInvestment, 0);
  return { count: rows.length, agreedInvestment: sum, agreedInvestmentText: formatYuan(sum) };
}
