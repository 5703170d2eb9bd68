import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Flex, Progress, Segmented, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import { fromIsoDate, isAfterToday, todayInPark, toIsoDate } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { TaskBoard } from './task-board.tsx';
import { TaskDrawer } from './task-drawer.tsx';
import { ItemFormModal, ListFormModal } from './task-forms.tsx';
import { type TaskRow, nestNodes, statusColors } from './task-types.ts';

/** 红色头雁 → 任务清单: a year's lists, one list as a weighted tree or a board by status, an item in a drawer. */
export function TasksPage() {
  const { m } = useLocale();
  const { access } = useSession();
  const params = useQueryParams();
  const thisYear = Number(todayInPark().slice(0, 4));
  const year = params.getNumber('year') ?? thisYear;
  const asOf = params.get('asOf');
  const view = params.get('view') === 'board' ? 'board' : 'tree';
  const openedId = params.getNumber('id');
  const [version, setVersion] = useState(0);
  const [isCreatingList, setIsCreatingList] = useState(false);
  const [isCreatingItem, setIsCreatingItem] = useState(false);
  const lists = useRequest(() => call(api.GET('/api/v1/task-lists', { params: { query: { year } } })), [year, version]);
  const listId = params.getNumber('listId') ?? lists.data?.items[0]?.id;
  const detail = useRequest(async () => (listId ? call(api.GET('/api/v1/task-lists/{id}', { params: { path: { id: listId }, query: { asOf } } })) : null), [listId, asOf, version]);
  const list = detail.data && detail.data.id === listId ? detail.data : null;
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  const changed = () => setVersion((v) => v + 1);

  return (
    <>
      <PageHeader
        title={m.menu.taskLists}
        subTitle={m.menu.leadGeese}
        extra={
          <Space wrap>
            <Select value={year} onChange={(y) => params.set({ year: y, listId: undefined, id: undefined })} options={years.map((y) => ({ value: y, label: `${y} ${m.tasks.year}` }))} style={{ width: 120 }} data-testid="task-year" />
            <Select
              value={listId}
              placeholder={m.tasks.pickList}
              onChange={(id) => params.set({ listId: id, id: undefined })}
              options={(lists.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.title}（${l.orgName}）` }))}
              style={{ width: 360 }}
            />
            <DatePicker value={fromIsoDate(asOf)} onChange={(value) => params.set({ asOf: toIsoDate(value) })} disabledDate={isAfterToday} placeholder={m.common.asOf} />
            {access.canWriteTasks && (
              <Button icon={<PlusOutlined />} onClick={() => setIsCreatingList(true)}>
                {m.tasks.newList}
              </Button>
            )}
          </Space>
        }
      />
      {lists.error ? (
        <LoadError error={lists.error} onRetry={lists.reload} />
      ) : lists.data && lists.data.items.length === 0 ? (
        <Empty description={m.tasks.noList} />
      ) : detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !list ? (
        <Spin style={{ display: 'block', margin: '40px 0' }} />
      ) : (
        <Card
          variant="borderless"
          title={
            <Flex align="center" gap={16}>
              <span>{list.title}</span>
              <Progress percent={list.progress} style={{ width: 220, margin: 0 }} data-testid="list-progress" />
            </Flex>
          }
          extra={
            <Space>
              <Segmented value={view} onChange={(v) => params.set({ view: v === 'board' ? 'board' : undefined })} options={[{ value: 'tree', label: m.tasks.treeView }, { value: 'board', label: m.tasks.boardView }]} />
              {access.canWriteTasks && !asOf && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreatingItem(true)}>
                  {m.tasks.newItem}
                </Button>
              )}
            </Space>
          }
        >
          <Typography.Paragraph type="secondary">
            {fmt(m.tasks.counts, list.counts)}
            {asOf ? ` · ${fmt(m.tasks.asOfNote, { date: list.asOf })}` : ''} · {m.tasks.rollupNote}
          </Typography.Paragraph>
          {view === 'board' ? (
            <TaskBoard nodes={list.items} onOpen={(id) => params.set({ id })} />
          ) : (
            <Table<TaskRow>
              rowKey="id"
              size="middle"
              data-testid="task-tree"
              pagination={false}
              dataSource={nestNodes(list.items)}
              expandable={{ defaultExpandAllRows: true }}
              onRow={(row) => ({ onClick: () => params.set({ id: row.id }), style: { cursor: 'pointer' } })}
              columns={[
                { title: m.tasks.title, dataIndex: 'title', render: (t: string, n) => <a>{n.decisionId ? <Tooltip title={m.tasks.fromDecision}>{t} ◆</Tooltip> : t}</a> },
                { title: m.tasks.redAction, dataIndex: 'redAction', width: 110, render: (a: TaskRow['redAction']) => m.redAction[a] },
                { title: m.tasks.responsibleOrg, dataIndex: ['responsibleOrg', 'name'], width: 200, ellipsis: true },
                { title: m.tasks.weight, dataIndex: 'weight', width: 110, render: (w: number, n) => `${w}（${n.share}%）` },
                { title: m.tasks.progress, dataIndex: 'progress', width: 170, render: (p: number, n) => <Progress percent={p} size="small" status={n.isOverdue ? 'exception' : undefined} /> },
                { title: m.tasks.dueOn, dataIndex: 'dueOn', width: 120, render: (d: string, n) => (n.isOverdue ? <Typography.Text type="danger"><WarningOutlined /> {d}</Typography.Text> : d) },
                { title: m.tasks.status, dataIndex: 'status', width: 90, render: (s: TaskRow['status']) => <Tag color={statusColors[s]}>{m.taskStatus[s]}</Tag> },
              ]}
            />
          )}
        </Card>
      )}
      {isCreatingList && (
        <ListFormModal
          year={year}
          onClose={() => setIsCreatingList(false)}
          onDone={(id) => {
            setIsCreatingList(false);
            params.set({ listId: id });
            changed();
          }}
        />
      )}
      {isCreatingItem && list && (
        <ItemFormModal
          listId={list.id}
          onClose={() => setIsCreatingItem(false)}
          onDone={() => {
            setIsCreatingItem(false);
            changed();
          }}
        />
      )}
      <TaskDrawer id={openedId ?? null} asOf={asOf} onClose={() => params.set({ id: undefined })} onChanged={changed} onOpen={(id) => params.set({ id })} />
    </>
  );
}
