import { useState } from 'react';
import { App, Button, Empty, Space, Table, Timeline, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { OnboardingStep, OnboardingTrack, StepStatus } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { type NotesMode, StepHandoffModal, StepNotesModal } from './step-modals.tsx';
import { StepStatusTag } from './status-tags.tsx';

type Props = { track: OnboardingTrack; canWrite: boolean; onChanged: () => void };
type Open = { step: OnboardingStep; what: 'handoff' } | { step: OnboardingStep; what: 'notes'; mode: NotesMode } | null;

/** One track's checklist: each step's owner, due date (red when overdue), status and notes, with its changes. */
export function TrackSteps({ track, canWrite, onChanged }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [open, setOpen] = useState<Open>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const move = async (step: OnboardingStep, status: StepStatus) => {
    setBusyId(step.id);
    try {
      await call(api.PATCH('/api/v1/onboarding-steps/{id}', { params: { path: { id: step.id } }, body: { status } }));
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusyId(null);
    }
  };
  const done = () => {
    setOpen(null);
    onChanged();
  };

  const actionsOf = (step: OnboardingStep) => {
    const isFinished = step.status === 'done' || step.status === 'skipped';
    const isBusy = busyId === step.id;
    const skip = () => setOpen({ step, what: 'notes', mode: { kind: 'status', to: 'skipped', title: m.onboarding.skip } });
    return (
      <Space size={0} wrap>
        {step.status === 'pending' && (
          <Button type="link" size="small" loading={isBusy} onClick={() => void move(step, 'in_progress')}>
            {m.onboarding.start}
          </Button>
        )}
        {step.status === 'in_progress' && (
          <>
            <Button type="link" size="small" loading={isBusy} onClick={() => void move(step, 'done')}>
              {m.onboarding.finish}
            </Button>
            <Button type="link" size="small" disabled={isBusy} onClick={() => void move(step, 'pending')}>
              {m.onboarding.backToPending}
            </Button>
          </>
        )}
        {!isFinished && (
          <Button type="link" size="small" disabled={isBusy} onClick={skip}>
            {m.onboarding.skip}
          </Button>
        )}
        {isFinished && (
          <Button type="link" size="small" onClick={() => setOpen({ step, what: 'notes', mode: { kind: 'status', to: 'in_progress', title: m.onboarding.reopen } })}>
            {m.onboarding.reopen}
          </Button>
        )}
        {!isFinished && (
          <Button type="link" size="small" disabled={isBusy} onClick={() => setOpen({ step, what: 'handoff' })}>
            {m.onboarding.handOff}
          </Button>
        )}
        <Button type="link" size="small" disabled={isBusy} onClick={() => setOpen({ step, what: 'notes', mode: { kind: 'notes' } })}>
          {m.onboarding.editNotes}
        </Button>
      </Space>
    );
  };

  return (
    <>
      <Table<OnboardingStep>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={track.steps}
        data-testid={`track-${track.track}`}
        rowClassName={(step) => (step.isOverdue ? 'step-overdue' : '')}
        onRow={(step) => ({ style: step.isOverdue ? { background: '#fff1f0' } : undefined })}
        expandable={{
          rowExpandable: (step) => step.handoffs.length > 0,
          expandedRowRender: (step) => (
            <Timeline
              style={{ marginTop: 8 }}
              items={step.handoffs.map((h) => ({
                key: h.id,
                content: (
                  <Typography.Text>
                    {h.handedOn} {h.fromDepartment} → {h.toDepartment}
                    {h.note && <Typography.Text type="secondary"> · {h.note}</Typography.Text>}
                    {h.byUserName && <Typography.Text type="secondary"> · {h.byUserName}</Typography.Text>}
                  </Typography.Text>
                ),
              }))}
            />
          ),
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.common.none} /> }}
        columns={[
          { title: m.onboarding.seq, dataIndex: 'seq', width: 56 },
          { title: m.onboarding.step, dataIndex: 'title', width: 150 },
          { title: m.onboarding.ownerDepartment, dataIndex: 'ownerDepartment', width: 130, render: (d: string, s) => (s.ownerUserName ? `${d} · ${s.ownerUserName}` : d) },
          {
            title: m.onboarding.dueOn,
            dataIndex: 'dueOn',
            width: 110,
            render: (due: string, s) => (s.isOverdue ? <Typography.Text type="danger" strong title={m.onboarding.overdue}>{due}</Typography.Text> : due),
          },
          {
            title: m.onboarding.status,
            dataIndex: 'status',
            width: 190,
            render: (status: StepStatus, s) => (
              <Space size={4} wrap={false} data-testid="step-status">
                <StepStatusTag status={status} />
                {s.isOverdue && <Typography.Text type="danger" style={{ fontSize: 12 }}>{m.onboarding.overdue}</Typography.Text>}
                {s.doneOn && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.doneOn}</Typography.Text>}
              </Space>
            ),
          },
          { title: m.onboarding.notes, dataIndex: 'notes', ellipsis: { showTitle: true }, render: (n: string | null) => n ?? '' },
          ...(canWrite ? [{ title: m.common.actions, key: 'actions', width: 210, render: (_: unknown, s: OnboardingStep) => actionsOf(s) }] : []),
        ]}
      />
      {open?.what === 'handoff' && <StepHandoffModal step={open.step} onClose={() => setOpen(null)} onDone={done} />}
      {open?.what === 'notes' && <StepNotesModal step={open.step} mode={open.mode} onClose={() => setOpen(null)} onDone={done} />}
    </>
  );
}
