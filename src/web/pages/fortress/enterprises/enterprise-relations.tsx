import { Button, Empty, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { EnterpriseDetail, OnboardingCaseListItem, ProjectListItem } from '../../../api/types.ts';
import { lastDayOf } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { OverallTag } from '../onboarding/status-tags.tsx';
import { EndPeriodModal } from '../../../components/end-period-modal.tsx';
import { useState } from 'react';

/** The unit's instructors (every assignment period) and the guidance visits logged to it. */
export function InstructorsAndVisits({ unit, version }: { unit: EnterpriseDetail; version: number }) {
  const { m } = useLocale();
  const { access } = useSession();
  const [ending, setEnding] = useState<number | null>(null);
  const data = useRequest(
    async () => {
      const [assignments, visits] = await Promise.all([
        call(api.GET('/api/v1/instructor-assignments', { params: { query: { enterpriseId: unit.id, pageSize: 100 } } })),
        call(api.GET('/api/v1/guidance-visits', { params: { query: { enterpriseId: unit.id, pageSize: 100 } } })),
      ]);
      return { assignments: assignments.items, visits: visits.items };
    },
    [unit.id, version],
  );
  if (data.error) return <LoadError error={data.error} onRetry={data.reload} />;
  return (
    <>
      <Typography.Title level={5}>{m.enterprises.instructors}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={data.isLoading}
        dataSource={data.data?.assignments ?? []}
        locale={{ emptyText: m.enterprises.noRecords }}
        columns={[
          { title: m.enterprises.instructors, dataIndex: 'instructorName', render: (n: string, a) => (a.isCurrent ? <Typography.Text strong>{n}</Typography.Text> : n) },
          { title: m.enterprises.validFrom, dataIndex: 'validFrom', width: 110 },
          { title: m.enterprises.lastDay, dataIndex: 'validTo', width: 110, render: (to: string | null) => (to ? lastDayOf(to) : m.enterprises.current) },
          ...(access.canWriteEnterprises
            ? [{ title: '', key: 'end', width: 90, render: (_: unknown, a: { id: number; isCurrent: boolean }) => (a.isCurrent ? <Button size="small" onClick={() => setEnding(a.id)}>{m.coverage.endAssignment}</Button> : null) }]
            : []),
        ]}
      />
      {ending !== null && (
        <EndPeriodModal
          title={m.coverage.endAssignment}
          onSubmit={(validTo) => call(api.POST('/api/v1/instructor-assignments/{id}/end', { params: { path: { id: ending } }, body: { validTo } }))}
          onClose={() => setEnding(null)}
          onDone={() => {
            setEnding(null);
            data.reload();
          }}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {m.enterprises.visits}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={data.isLoading}
        dataSource={data.data?.visits ?? []}
        locale={{ emptyText: m.enterprises.noRecords }}
        columns={[
          { title: m.coverage.visitedOn, dataIndex: 'visitedOn', width: 110 },
          { title: m.enterprises.instructors, dataIndex: 'instructorName', width: 100 },
          { title: m.coverage.topics, dataIndex: 'topics', ellipsis: true },
          { title: m.coverage.findings, dataIndex: 'findings', ellipsis: true, render: (f: string | null) => f ?? '—' },
          { title: m.coverage.followUps, dataIndex: 'followUps', ellipsis: true, render: (f: string | null) => f ?? '—' },
        ]}
      />
    </>
  );
}

/** The unit's onboarding cases, linked to the board; a unit still onboarding without an open case can get one. */
export function OnboardingCases({ unit, version }: { unit: EnterpriseDetail; version: number }) {
  const { m } = useLocale();
  const { access } = useSession();
  const cases = useRequest(() => call(api.GET('/api/v1/onboarding-cases', { params: { query: { enterpriseId: unit.id, pageSize: 20 } } })), [unit.id, version]);
  if (cases.error) return <LoadError error={cases.error} onRetry={cases.reload} />;
  const items = cases.data?.items ?? [];
  const canOpen = access.canWriteOnboarding && unit.status === 'onboarding' && cases.data && !items.some((c) => c.status === 'open');
  return (
    <>
      {canOpen && (
        <Link to={`/fortress/onboarding?enterpriseId=${unit.id}`}>
          <Button size="small" icon={<PlusOutlined />} style={{ marginBottom: 12 }}>
            {m.onboarding.openCase}
          </Button>
        </Link>
      )}
      {items.length === 0 && !cases.isLoading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.enterprises.noCase} />
      ) : (
        <Table<OnboardingCaseListItem>
          rowKey="id"
          size="small"
          pagination={false}
          loading={cases.isLoading}
          dataSource={items}
          columns={[
            { title: m.onboarding.openedOn, dataIndex: 'openedOn', width: 110 },
            { title: m.onboarding.status, dataIndex: 'status', width: 90, render: (s: OnboardingCaseListItem['status']) => <Tag>{m.caseStatus[s]}</Tag> },
            { title: m.onboarding.overall, dataIndex: 'overallStatus', width: 100, render: (s: OnboardingCaseListItem['overallStatus']) => <OverallTag status={s} /> },
            { title: m.onboarding.completedOn, dataIndex: 'completedOn', width: 110, render: (d: string | null) => d ?? '—' },
            {
              title: m.common.actions,
              key: 'a',
              render: (_: unknown, c) =>
                access.canReadOnboarding && (
                  <Link to={`/fortress/onboarding?id=${c.id}`} data-testid="enterprise-case-link">
                    {m.enterprises.openCaseLink}
                  </Link>
                ),
            },
          ]}
        />
      )}
    </>
  );
}

/**
 * Projects the unit invests in. The projects API filters by name, code or investor text only, so the search
 * uses the unit's name and keeps the projects whose investor is this unit.
 */
export function InvestorProjects({ unit, version }: { unit: EnterpriseDetail; version: number }) {
  const { m } = useLocale();
  const projects = useRequest(
    async () => (await call(api.GET('/api/v1/projects', { params: { query: { q: unit.name, pageSize: 200 } } }))).items.filter((p) => p.investorEnterpriseId === unit.id),
    [unit.id, unit.name, version],
  );
  if (projects.error) return <LoadError error={projects.error} onRetry={projects.reload} />;
  return (
    <Table<ProjectListItem>
      rowKey="id"
      size="small"
      pagination={false}
      loading={projects.isLoading}
      dataSource={projects.data ?? []}
      locale={{ emptyText: m.enterprises.noRecords }}
      columns={[
        { title: m.projects.name, dataIndex: 'name', render: (n: string, p) => <Link to={`/fortress/projects?id=${p.id}`}>{n}</Link> },
        { title: m.projects.chain, dataIndex: 'chainName', width: 160, render: (c: string | null) => c ?? '—' },
        { title: m.projects.agreedInvestment, dataIndex: 'agreedInvestmentText', width: 120, align: 'right' },
        { title: m.projects.stage, dataIndex: 'stage', width: 80, render: (s: ProjectListItem['stage']) => <Tag color="red">{m.projectStage[s]}</Tag> },
      ]}
    />
  );
}
