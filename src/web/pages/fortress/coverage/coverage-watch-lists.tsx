import { useState } from 'react';
import { Table, Tag, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { CoverageAlert, UnvisitedUnit } from '../../../api/types.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { UnitLink } from './unit-link.tsx';

type Props = { asOf: string | undefined; version: number };

/** Units that should be covered and are not, and units with three or more full members but no org of their own. */
export function CoverageAlerts({ asOf, version }: Props) {
  const { m } = useLocale();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useRequest(() => call(api.GET('/api/v1/coverage/alerts', { params: { query: { asOf, ...page } } })), [asOf, page, version]);
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  return (
    <Table<CoverageAlert>
      rowKey={(a) => `${a.unit.id}-${a.reason}`}
      size="small"
      data-testid="coverage-alerts"
      loading={list.isLoading}
      dataSource={list.data?.items ?? []}
      pagination={{ ...page, total: list.data?.total ?? 0, showTotal: (total) => fmt(m.common.total, { total }), onChange: (next, size) => setPage({ page: next, pageSize: size }) }}
      columns={[
        { title: m.coverage.unit, key: 'unit', ellipsis: true, render: (_: unknown, a) => <UnitLink id={a.unit.id} name={a.unit.name} /> },
        { title: m.coverage.reason, dataIndex: 'reason', width: 230, render: (r: CoverageAlert['reason']) => <Tag color={r === 'uncovered' ? 'red' : 'orange'}>{m.alertReason[r]}</Tag> },
        { title: m.coverage.categories, dataIndex: 'categories', width: 200, render: (cs: CoverageAlert['categories']) => cs.map((c) => m.coverageCategory[c]).join('、') || '—' },
        { title: m.coverage.fullMembers, dataIndex: 'fullMembers', width: 90, align: 'right' },
        {
          title: m.coverage.recipients,
          key: 'recipients',
          ellipsis: true,
          render: (_: unknown, a) => [...a.recipients.instructors.map((i) => i.displayName), ...a.recipients.committees.map((c) => c.name)].join('、') || '—',
        },
      ]}
    />
  );
}

/** Enterprises with an instructor and no guidance visit within the rule's interval. */
export function UnvisitedUnits({ asOf, version }: Props) {
  const { m } = useLocale();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useRequest(() => call(api.GET('/api/v1/coverage/unvisited', { params: { query: { asOf, ...page } } })), [asOf, page, version]);
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  return (
    <Table<UnvisitedUnit>
      rowKey={(u) => u.unit.id}
      size="small"
      data-testid="coverage-unvisited"
      loading={list.isLoading}
      dataSource={list.data?.items ?? []}
      pagination={{ ...page, total: list.data?.total ?? 0, showTotal: (total) => fmt(m.common.total, { total }), onChange: (next, size) => setPage({ page: next, pageSize: size }) }}
      columns={[
        { title: m.coverage.unit, key: 'unit', ellipsis: true, render: (_: unknown, u) => <UnitLink id={u.unit.id} name={u.unit.name} /> },
        { title: m.coverage.instructors, dataIndex: 'instructors', width: 140, render: (list: UnvisitedUnit['instructors']) => list.map((i) => i.displayName).join('、') || '—' },
        { title: m.coverage.categories, dataIndex: 'categories', width: 200, render: (cs: UnvisitedUnit['categories']) => cs.map((c) => m.coverageCategory[c]).join('、') || '—' },
        { title: m.coverage.lastVisitOn, dataIndex: 'lastVisitOn', width: 120, render: (d: string | null) => d ?? <Typography.Text type="danger">{m.coverage.never}</Typography.Text> },
        { title: m.coverage.daysSince, dataIndex: 'daysSinceLastVisit', width: 100, align: 'right', render: (d: number | null) => (d === null ? '—' : <Typography.Text type="danger">{d}</Typography.Text>) },
        { title: m.coverage.interval, dataIndex: 'intervalDays', width: 120, align: 'right' },
      ]}
    />
  );
}
