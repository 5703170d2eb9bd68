import { useState } from 'react';
import { App, Button, Card, Flex, Select, Space, Tag } from 'antd';
import { AlertOutlined, SettingOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import { todayInPark } from '../../../components/dates.ts';
import { PagedTable } from '../../../components/paged-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { TaskDrawer } from '../tasks/task-drawer.tsx';
import type { AccountabilityRecord, AccountabilityStatus } from '../tasks/task-types.ts';
import { DecideModal, EscalateModal, LadderModal } from './accountability-modals.tsx';

const statuses: AccountabilityStatus[] = ['open', 'decided', 'escalated'];
const statusColors: Record<AccountabilityStatus, string> = { open: 'red', decided: 'default', escalated: 'orange' };

/** 红色头雁 → 问责记录 (反向问责): records of overdue and failed tasks, their level, decision, escalation; the overdue check. */
export function AccountabilityPage() {
  const { m } = useLocale();
  const { access } = useSession();
  const { message } = App.useApp();
  const params = useQueryParams();
  const thisYear = Number(todayInPark().slice(0, 4));
  const year = params.getNumber('year');
  const status = statuses.find((s) => s === params.get('status'));
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const openedItem = params.getNumber('item');
  const [version, setVersion] = useState(0);
  const [acting, setActing] = useState<{ record: AccountabilityRecord; kind: 'decide' | 'escalate' } | null>(null);
  const [isConfiguring, setIsConfiguring] = useState(false);
  const [isSweeping, setIsSweeping] = useState(false);
  const list = useRequest(() => call(api.GET('/api/v1/accountability-records', { params: { query: { year, status, page, pageSize } } })), [year, status, page, pageSize, version]);
  const filter = (patch: Record<string, string | number | undefined>) => params.set({ ...patch, page: undefined });
  const done = () => {
    setActing(null);
    setVersion((v) => v + 1);
  };
  const sweep = async () => {
    setIsSweeping(true);
    try {
      const result = await call(api.POST('/api/v1/accountability-records/sweep', { body: {} }));
      message.success(fmt(m.tasks.sweepDone, { opened: result.opened }));
      done();
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setIsSweeping(false);
    }
  };

  return (
    <>
      <PageHeader
        title={m.menu.accountability}
        subTitle={m.menu.leadGeese}
        extra={
          access.canWriteTasks && (
            <Space>
              <Button icon={<AlertOutlined />} loading={isSweeping} onClick={sweep} data-testid="accountability-sweep">
                {m.tasks.sweep}
              </Button>
              <Button icon={<SettingOutlined />} onClick={() => setIsConfiguring(true)}>
                {m.tasks.ladder}
              </Button>
            </Space>
          )
        }
      />
      <Card variant="borderless">
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Select allowClear value={year} placeholder={m.tasks.year} onChange={(y) => filter({ year: y })} options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}` }))} style={{ width: 120 }} />
          <Select allowClear value={status} placeholder={m.tasks.status} onChange={(s) => filter({ status: s })} options={statuses.map((s) => ({ value: s, label: m.accountabilityStatus[s] }))} style={{ width: 140 }} />
        </Flex>
        <PagedTable<AccountabilityRecord>
          testId="accountability-table"
          list={list}
          page={page}
          pageSize={pageSize}
          onPageChange={(nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize })}
          onOpen={(r) => params.set({ item: r.itemId })}
          columns={[
            { title: m.tasks.item, dataIndex: 'itemTitle', ellipsis: true, render: (t: string) => <a>{t}</a> },
            { title: m.tasks.responsibleOrg, dataIndex: ['responsibleOrg', 'name'], width: 180, ellipsis: true },
            { title: m.tasks.dueOn, dataIndex: 'itemDueOn', width: 110 },
            { title: m.tasks.accReason, dataIndex: 'reason', width: 110, render: (r: AccountabilityRecord['reason']) => m.accountabilityReason[r] },
            { title: m.tasks.level, dataIndex: ['level', 'name'], width: 100, render: (n: string) => <Tag color="volcano">{n}</Tag> },
            { title: m.tasks.openedOn, dataIndex: 'openedOn', width: 110 },
            { title: m.tasks.status, dataIndex: 'status', width: 90, render: (s: AccountabilityStatus) => <Tag color={statusColors[s]}>{m.accountabilityStatus[s]}</Tag> },
            { title: m.tasks.decision, dataIndex: 'decision', width: 200, ellipsis: true, render: (d: AccountabilityRecord['decision'], r) => [d ? m.accountabilityDecision[d] : null, r.decisionNote].filter(Boolean).join(' · ') || '—' },
            ...(access.canWriteTasks
              ? [
                  {
                    title: '',
                    key: 'actions',
                    width: 150,
                    render: (_: unknown, r: AccountabilityRecord) =>
                      r.mayDecide && (
                        <Space size={4} onClick={(e) => e.stopPropagation()}>
                          <Button size="small" onClick={() => setActing({ record: r, kind: 'decide' })}>
                            {m.tasks.decide}
                          </Button>
                          <Button size="small" danger onClick={() => setActing({ record: r, kind: 'escalate' })}>
                            {m.tasks.escalate}
                          </Button>
                        </Space>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {acting?.kind === 'decide' && <DecideModal record={acting.record} onClose={() => setActing(null)} onDone={done} />}
      {acting?.kind === 'escalate' && <EscalateModal record={acting.record} onClose={() => setActing(null)} onDone={done} />}
      {isConfiguring && <LadderModal onClose={() => setIsConfiguring(false)} />}
      <TaskDrawer id={openedItem ?? null} asOf={undefined} onClose={() => params.set({ item: undefined })} onChanged={() => setVersion((v) => v + 1)} onOpen={(id) => params.set({ item: id })} />
    </>
  );
}
