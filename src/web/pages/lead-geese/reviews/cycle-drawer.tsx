import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Popconfirm, Space, Spin, Steps, Timeline, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { CycleCommitments } from './cycle-commitments.tsx';
import { CycleScoring } from './cycle-scoring.tsx';
import { StageActionModal } from './stage-action-modal.tsx';
import { type ReviewStage, isActionable, reviewStages } from './review-types.ts';
import { StageTag, Stars, yuanText } from './stage-tag.tsx';

type Props = { id: number | null; onClose: () => void; onChanged: () => void };

/**
 * One org's review cycle: the three stages with their deadlines, the commitments and the report against them, the
 * scoring over the indicator tree (self and superior), the rating, and the stage history; the manager closes and
 * reopens stages.
 */
export function CycleDrawer({ id, onClose, onChanged }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [version, setVersion] = useState(0);
  const [action, setAction] = useState<'close' | 'reopen' | null>(null);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/review-cycles/{id}', { params: { path: { id } } })) : null), [id, version]);
  const cycle = detail.data && detail.data.id === id ? detail.data : null;
  const changed = () => {
    setVersion((v) => v + 1);
    onChanged();
  };
  const file = async (stage: 'commitments' | 'report') => {
    if (!cycle) return;
    try {
      await call(api.POST('/api/v1/review-cycles/{id}/file', { params: { path: { id: cycle.id } }, body: { stage } }));
      message.success(m.common.saved);
      changed();
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  const openStage = cycle ? reviewStages.findIndex((s) => cycle.stages[s].status !== 'closed') : 0;
  const stageLabel: Record<ReviewStage, string> = { commitments: m.reviews.stageCommitments, report: m.reviews.stageReport, scoring: m.reviews.stageScoring };

  return (
    <Drawer open={id !== null} onClose={onClose} size={960} title={cycle ? `${cycle.orgName} · ${cycle.campaignName}` : m.reviews.cycle} data-testid="cycle-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !cycle ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <Flex vertical gap={20}>
          <Steps
            size="small"
            current={openStage === -1 ? reviewStages.length : openStage}
            items={reviewStages.map((s) => ({ title: stageLabel[s], content: <StageTag state={cycle.stages[s]} />, subTitle: cycle.stages[s].closedOn ?? cycle.stages[s].dueOn }))}
          />
          <Descriptions
            bordered
            size="small"
            column={3}
            items={[
              { key: 'self', label: m.reviews.selfTotal, children: cycle.selfTotal?.toFixed(2) ?? '—' },
              { key: 'superior', label: m.reviews.superiorTotal, children: cycle.superiorTotal?.toFixed(2) ?? '—' },
              { key: 'weights', label: m.reviews.weights, children: `${cycle.selfWeight} / ${100 - cycle.selfWeight}` },
              { key: 'total', label: m.reviews.total, children: <Typography.Text strong data-testid="cycle-total">{cycle.total?.toFixed(2) ?? '—'}</Typography.Text> },
              { key: 'stars', label: m.reviews.stars, children: <Stars stars={cycle.stars} /> },
              { key: 'amount', label: m.reviews.amount, children: yuanText(cycle.amountYuan) },
            ]}
          />
          <CycleCommitments cycle={cycle} onChanged={changed} />
          {cycle.may.write && (
            <Space>
              {isActionable(cycle, 'commitments') && (
                <Popconfirm title={m.reviews.fileConfirm} onConfirm={() => file('commitments')}>
                  <Button type="primary" data-testid="file-commitments">{m.reviews.fileCommitments}</Button>
                </Popconfirm>
              )}
              {isActionable(cycle, 'report') && (
                <Popconfirm title={m.reviews.fileConfirm} onConfirm={() => file('report')}>
                  <Button type="primary" data-testid="file-report">{m.reviews.fileReport}</Button>
                </Popconfirm>
              )}
            </Space>
          )}
          <CycleScoring cycle={cycle} onChanged={changed} />
          {cycle.may.manage && (
            <Space>
              <Button onClick={() => setAction('close')}>{m.reviews.closeStage}</Button>
              <Button danger onClick={() => setAction('reopen')} disabled={reviewStages.every((s) => !cycle.stages[s].closedOn)} data-testid="reopen-stage">
                {m.reviews.reopen}
              </Button>
            </Space>
          )}
          <div>
            <Typography.Title level={5}>{m.reviews.events}</Typography.Title>
            <Timeline
              items={cycle.events.map((e) => ({
                key: e.id,
                color: e.action === 'reopen' ? 'red' : 'green',
                content: (
                  <Flex vertical gap={2}>
                    <Typography.Text strong>
                      {e.on} {stageLabel[e.stage]} · {e.action === 'reopen' ? m.reviews.eventReopen : m.reviews.eventClose}
                    </Typography.Text>
                    {(e.reason || e.byUserName) && <Typography.Text type="secondary">{[e.reason, e.dueOn && `${m.reviews.newDue} ${e.dueOn}`, e.byUserName].filter(Boolean).join(' · ')}</Typography.Text>}
                  </Flex>
                ),
              }))}
            />
          </div>
          {action && (
            <StageActionModal
              cycle={cycle}
              kind={action}
              onClose={() => setAction(null)}
              onDone={() => {
                setAction(null);
                changed();
              }}
            />
          )}
        </Flex>
      )}
    </Drawer>
  );
}
