import crypto from 'node:crypto';
import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, invalidField, ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import { openFailureRecord } from './accountability.service.ts';
import * as records from './task-records.repository.ts';
import { assertNotBefore, assertNotFuture, loadItem } from './tasks.lookup.ts';
import { presentEvidence } from './tasks.presenter.ts';
import * as repo from './tasks.repository.ts';
import { type TaskStatus, evidenceMimeTypes, maxEvidenceBytes, reopenableStatuses } from './tasks.rules.ts';
import type { AddEvidenceInput, EvidenceView, ReportProgressInput, ReviewInput } from './tasks.schemas.ts';
import { getTaskItem } from './tasks.service.ts';

/** The responsible org's work on an item (progress, evidence, submission) and the assigner's review. */

/** The day of the item's last status change: later changes may not precede it. */
async function lastChangeOn(db: DbOrTx, tenantId: number, itemId: number): Promise<string> {
  const history = await records.listStatusChanges(db, tenantId, itemId);
  return history.at(-1)?.changedOn ?? '0000-01-01';
}

async function changeStatus(ctx: ServiceContext, tx: DbOrTx, item: repo.TaskItemWithOrgs, to: TaskStatus, on: string, note: string | undefined, field: string): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  assertNotFuture(field, on);
  assertNotBefore(field, on, await lastChangeOn(tx, tenantId, item.id));
  await records.insertStatusChange(tx, { tenantId, itemId: item.id, fromStatus: item.status, toStatus: to, changedOn: on, note: note ?? null, byUserId: ctx.actor.userId || null });
  await repo.updateItem(tx, tenantId, item.id, { status: to });
  await recordAudit(tx, auditActor(ctx), { action: `task_item.${to === 'open' ? 'reopen' : to === 'submitted' ? 'submit' : 'review'}`, objectType: 'task_item', objectId: item.id, result: 'success', diff: { from: item.status, to, on, note } });
}

function assertStatus(item: { status: string }, allowed: readonly string[], message: string, messageEn: string): void {
  if (!allowed.includes(item.status)) throw ruleViolation('status', message, messageEn);
}

/** Reports a leaf's progress on a date and answers the item. */
export async function reportProgress(ctx: ServiceContext, itemId: number, input: ReportProgressInput) {
  await recordProgress(ctx, itemId, input);
  return getTaskItem(ctx, itemId);
}

/** Records a leaf's progress on a date (the write alone, for loaders). Parents take none: theirs is the roll-up of their children. */
export async function recordProgress(ctx: ServiceContext, itemId: number, input: ReportProgressInput): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const item = await loadItem(ctx, tx, itemId, 'report', true);
    if ((await repo.countChildren(tx, tenantId, itemId)) > 0) throw ruleViolation('progress', '已分解的任务进度由下级任务按权重汇总，不能直接填报', 'A parent\'s progress is rolled up from its children');
    assertStatus(item, ['open'], '只有进行中的任务可以填报进度', 'Only an open item takes progress reports');
    assertNotFuture('reportedOn', input.reportedOn);
    assertNotBefore('reportedOn', input.reportedOn, item.createdOn);
    const id = await records.insertReport(tx, { tenantId, itemId, reportedOn: input.reportedOn, progress: input.progress, note: input.note ?? null, byUserId: ctx.actor.userId || null });
    await recordAudit(tx, auditActor(ctx), { action: 'task_item.progress', objectType: 'task_item', objectId: itemId, result: 'success', diff: { reportId: id, ...input } });
  });
}

/** Submits an item for review and answers the item. */
export async function submitItem(ctx: ServiceContext, itemId: number, input: { submittedOn: string; note?: string }) {
  await recordSubmission(ctx, itemId, input);
  return getTaskItem(ctx, itemId);
}

/** Submits an item for the assigner's review: a leaf at 100%, a parent whose children are all completed. */
export async function recordSubmission(ctx: ServiceContext, itemId: number, input: { submittedOn: string; note?: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const item = await loadItem(ctx, tx, itemId, 'report', true);
    assertStatus(item, ['open'], '只有进行中的任务可以提交审核', 'Only an open item can be submitted');
    const children = await repo.listChildren(tx, tenantId, itemId);
    if (children.length > 0) {
      if (children.some((c) => c.status !== 'completed')) throw ruleViolation('status', '下级任务须全部完成后才能提交', 'Every child must be completed first');
    } else {
      const progress = (await records.progressOn(tx, tenantId, [itemId], input.submittedOn)).get(itemId) ?? 0;
      if (progress < 100) throw ruleViolation('progress', `进度须达到 100% 才能提交（当前 ${progress}%）`, `Progress must reach 100% first (now ${progress}%)`);
    }
    await changeStatus(ctx, tx, item, 'submitted', input.submittedOn, input.note, 'submittedOn');
  });
}

/**
 * The assigner reviews a submitted item: completed, or failed with a note — failing opens an accountability
 * record at the ladder's first level in the same transaction.
 */
export async function recordReview(ctx: ServiceContext, itemId: number, input: ReviewInput): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const item = await loadItem(ctx, tx, itemId, 'manage', true);
    assertStatus(item, ['submitted'], '只有已提交审核的任务可以评定', 'Only a submitted item can be reviewed');
    if (input.outcome === 'failed' && !input.note) throw invalidField('note', '评定为未完成须说明理由', 'A failing review needs a note');
    await changeStatus(ctx, tx, item, input.outcome, input.reviewedOn, input.note, 'reviewedOn');
    if (input.outcome === 'failed') await openFailureRecord(ctx, tx, itemId, input.reviewedOn);
  });
}

/** Reviews a submitted item and answers the item. */
export async function reviewItem(ctx: ServiceContext, itemId: number, input: ReviewInput) {
  await recordReview(ctx, itemId, input);
  return getTaskItem(ctx, itemId);
}

/** Returns a submission, or takes back a review: the item is open again (its accountability records stand). */
export async function reopenItem(ctx: ServiceContext, itemId: number, input: { reopenedOn: string; note: string }) {
  await ctx.db.transaction(async (tx) => {
    const item = await loadItem(ctx, tx, itemId, 'manage', true);
    assertStatus(item, reopenableStatuses, '只有已提交、已完成或未完成的任务可以重新打开', 'Only a submitted, completed or failed item can be reopened');
    if (item.parentId !== null) {
      const parent = await repo.findItem(tx, ctx.actor.tenantId, item.parentId, true);
      if (parent && (parent.status === 'completed' || parent.status === 'submitted')) throw ruleViolation('status', '上级任务已提交或完成，须先重新打开上级任务', 'Reopen the parent first');
    }
    await changeStatus(ctx, tx, item, 'open', input.reopenedOn, input.note, 'reopenedOn');
  });
  return getTaskItem(ctx, itemId);
}

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Stores an evidence file (≤ 2 MB, of the allowed types) with its SHA-256, while the item is not completed. */
export async function addEvidence(ctx: ServiceContext, itemId: number, input: AddEvidenceInput): Promise<EvidenceView> {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const item = await loadItem(ctx, tx, itemId, 'report', true);
    if (!base64.test(input.contentBase64)) throw invalidField('contentBase64', '文件内容须为 Base64 编码', 'The content must be base64');
    if (!(evidenceMimeTypes as readonly string[]).includes(input.mimeType)) throw ruleViolation('mimeType', '仅支持 PDF、JPEG、PNG、文本、Word（docx）和 Excel（xlsx）文件', 'Only PDF, JPEG, PNG, text, DOCX and XLSX files');
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length === 0 || content.length > maxEvidenceBytes) throw ruleViolation('contentBase64', '文件须大于 0 且不超过 2 MB', 'The file must be between 1 byte and 2 MB');
    assertStatus(item, ['open', 'submitted', 'failed'], '任务已完成，不能再补充佐证材料', 'The item is completed');
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    const id = await records.insertEvidence(tx, { tenantId, itemId, fileName: input.fileName, mimeType: input.mimeType, sizeBytes: content.length, sha256, content, uploadedOn: today(), byUserId: ctx.actor.userId || null });
    await recordAudit(tx, auditActor(ctx), { action: 'task_item.evidence_add', objectType: 'task_item', objectId: itemId, result: 'success', diff: { evidenceId: id, fileName: input.fileName, mimeType: input.mimeType, sizeBytes: content.length, sha256 } });
    const row = await records.findEvidenceMeta(tx, tenantId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentEvidence(row);
  });
}

/** An evidence file's content, for whoever may read its item. */
export async function readEvidence(ctx: ServiceContext, evidenceId: number): Promise<{ meta: EvidenceView; content: Buffer }> {
  const tenantId = ctx.actor.tenantId;
  const meta = await records.findEvidenceMeta(ctx.db, tenantId, evidenceId);
  if (!meta) throw new AppError('NOT_FOUND');
  await loadItem(ctx, ctx.db, meta.itemId, 'read');
  const content = await records.readEvidenceContent(ctx.db, tenantId, evidenceId);
  if (!content) throw new AppError('NOT_FOUND');
  return { meta: presentEvidence(meta), content };
}
