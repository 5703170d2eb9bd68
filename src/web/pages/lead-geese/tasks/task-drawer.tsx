import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Flex, Progress, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { EvidenceList } from './evidence-list.tsx';
import { type ItemAction, ItemActionModal, ItemFormModal } from './task-forms.tsx';
import { type AccountabilityRecord, type TaskNode, statusColors } from './task-types.ts';

type Props = { id: number | null; asOf: string | undefined; onClose: () => void; onChanged: () => void; onOpen: (id: number) => void };

/** One item: its fields and roll-up, subtasks, progress reports, status history, evidence, review and accountability. */
export function TaskDrawer({ id, asOf, onClose, onChanged, onOpen }: Props) {
  const { m } = useLocale();
  const [version, setVersion] = useState(0);
  const [action, setAction] = useState<ItemAction | 'edit' | 'child' | null>(null);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/task-items/{id}', { params: { path: { id }, query: { asOf } } })) : null), [id, asOf, version]);
  const item = detail.data && detail.data.id === id ? detail.data : null;
  const isLive = !asOf;
  const changed = () => {
    setAction(null);
    setVersion((v) => v + 1);
    onChanged();
  };

  return (
    <Drawer open={id !== null} onClose={onClose} size={900} title={item ? item.title : m.common.detail} data-testid="task-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !item ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          {asOf && <Alert type="info" showIcon title={fmt(m.common.historyViewNote, { date: asOf })} style={{ marginBottom: 16 }} />}
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
            <Space>
              <Tag color={statusColors[item.status]} data-testid="task-status">
                {m.taskStatus[item.status]}
              </Tag>
              {item.isOverdue && <Tag color="red">{m.tasks.overdue}</Tag>}
              <Progress type="circle" percent={item.progress} size={48} />
            </Space>
            {isLive && (
              <Space wrap>
                {item.mayReport && item.isLeaf && item.currentStatus === 'open' && <Button onClick={() => setAction('report')}>{m.tasks.report}</Button>}
                {item.mayReport && item.currentStatus === 'open' && <Button onClick={() => setAction('submit')}>{m.tasks.submit}</Button>}
                {item.mayManage && item.currentStatus === 'submitted' && (
                  <Button type="primary" onClick={() => setAction('review')}>
                    {m.tasks.review}
                  </Button>
                )}
                {item.mayManage && item.currentStatus !== 'open' && <Button onClick={() => setAction('reopen')}>{m.tasks.reopen}</Button>}
                {item.mayManage && item.currentStatus !== 'completed' && <Button onClick={() => setAction('edit')}>{m.tasks.editItem}</Button>}
                {item.mayManage && item.currentStatus === 'open' && item.reports.length === 0 && <Button onClick={() => setAction('child')}>{m.tasks.newChild}</Button>}
              </Space>
            )}
          </Flex>
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: 'list', label: m.tasks.list, span: 2, children: `${item.list.title}` },
              { key: 'action', label: m.tasks.redAction, children: m.redAction[item.redAction] },
              { key: 'weight', label: m.tasks.weight, children: `${item.weight}（${item.share}%）` },
              { key: 'org', label: m.tasks.responsibleOrg, children: item.responsibleOrg.name },
              { key: 'lead', label: m.tasks.leadMember, children: item.leadMember?.name ?? '—' },
              { key: 'co', label: m.tasks.coOwners, span: 2, children: item.coOwners.map((c) => c.name).join('、') || '—' },
              { key: 'due', label: m.tasks.dueOn, children: item.dueOn },
              { key: 'created', label: m.tasks.createdOn, children: item.createdOn },
              { key: 'decision', label: m.tasks.fromDecision, span: 2, children: item.decision ? `${item.decision.heldOn} ${item.decision.meetingTitle}：${item.decision.content}` : '—' },
              { key: 'description', label: m.tasks.description, span: 2, children: item.description ?? '—' },
            ]}
          />
          {!item.isLeaf && (
            <>
              <Typography.Title level={5} style={{ marginTop: 20 }}>
                {m.tasks.children}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{m.tasks.rollupNote}</Typography.Paragraph>
              <Table<TaskNode>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={item.children}
                onRow={(row) => ({ onClick: () => onOpen(row.id), style: { cursor: 'pointer' } })}
                columns={[
                  { title: m.tasks.title, dataIndex: 'title', render: (t: string) => <a>{t}</a> },
                  { title: m.tasks.weight, dataIndex: 'weight', width: 110, render: (w: number, n) => `${w}（${n.share}%）` },
                  { title: m.tasks.progress, dataIndex: 'progress', width: 160, render: (p: number) => <Progress percent={p} size="small" /> },
                  { title: m.tasks.status, dataIndex: 'status', width: 90, render: (s: TaskNode['status']) => <Tag color={statusColors[s]}>{m.taskStatus[s]}</Tag> },
                ]}
              />
            </>
          )}
          {item.isLeaf && (
            <>
              <Typography.Title level={5} style={{ marginTop: 20 }}>
                {m.tasks.reports}
              </Typography.Title>
              <Timeline
                items={item.reports.map((r) => ({ key: r.id, content: <Typography.Text>{`${r.reportedOn} · ${r.progress}%${r.note ? ` · ${r.note}` : ''}${r.byUserName ? ` · ${r.byUserName}` : ''}`}</Typography.Text> }))}
              />
              {item.reports.length === 0 && <Typography.Text type="secondary">{m.tasks.noRecords}</Typography.Text>}
            </>
          )}
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {m.tasks.statusHistory}
          </Typography.Title>
          <Timeline
            items={item.statusHistory.map((h, i) => ({
              key: i,
              color: h.toStatus === 'completed' ? 'green' : h.toStatus === 'failed' ? 'red' : 'gray',
              content: <Typography.Text>{`${h.changedOn} ${h.fromStatus ? `${m.taskStatus[h.fromStatus]} → ` : ''}${m.taskStatus[h.toStatus]}${h.note ? ` · ${h.note}` : ''}`}</Typography.Text>,
            }))}
          />
          <EvidenceList item={item} canUpload={isLive && item.mayReport && item.currentStatus !== 'completed'} onChanged={changed} />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {m.tasks.accountability}
          </Typography.Title>
          <Table<AccountabilityRecord>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={item.accountability}
            locale={{ emptyText: m.tasks.noRecords }}
            columns={[
              { title: m.tasks.level, dataIndex: ['level', 'name'], width: 100 },
              { title: m.tasks.accReason, dataIndex: 'reason', width: 110, render: (r: AccountabilityRecord['reason']) => m.accountabilityReason[r] },
              { title: m.tasks.openedOn, dataIndex: 'openedOn', width: 110 },
              { title: m.tasks.status, dataIndex: 'status', width: 90, render: (s: AccountabilityRecord['status']) => m.accountabilityStatus[s] },
              { title: m.tasks.decision, dataIndex: 'decision', render: (d: AccountabilityRecord['decision'], r) => [d ? m.accountabilityDecision[d] : null, r.decisionNote].filter(Boolean).join(' · ') || '—' },
            ]}
          />
          {(action === 'report' || action === 'submit' || action === 'review' || action === 'reopen') && <ItemActionModal item={item} action={action} onClose={() => setAction(null)} onDone={changed} />}
          {action === 'edit' && <ItemFormModal listId={item.list.id} item={item} onClose={() => setAction(null)} onDone={changed} />}
          {action === 'child' && <ItemFormModal listId={item.list.id} parentId={item.id} onClose={() => setAction(null)} onDone={changed} />}
        </>
      )}
    </Drawer>
  );
}
