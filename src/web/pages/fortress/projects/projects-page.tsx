import { useState } from 'react';
import { Card, DatePicker, Flex, Input, Select, Spin, Tag, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { ProjectListItem, ProjectStage } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PagedTable } from '../../../components/paged-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { PipelineBoard } from './pipeline-board.tsx';
import { ProjectDrawer } from './project-drawer.tsx';
import { stages } from './project-modals.tsx';

/** 红色堡垒 → 招商项目: the pipeline by stage as of a date, the projects behind it, one project in a drawer. */
export function ProjectsPage() {
  const { m } = useLocale();
  const params = useQueryParams();
  const asOf = params.get('asOf');
  const stage = stages.find((s) => s === params.get('stage'));
  const q = params.get('q');
  const chainId = params.getNumber('chainId');
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const openedId = params.getNumber('id');
  const [version, setVersion] = useState(0);
  const pipeline = useRequest(() => call(api.GET('/api/v1/projects/pipeline', { params: { query: { asOf, chainId } } })), [asOf, chainId, version]);
  const list = useRequest(() => call(api.GET('/api/v1/projects', { params: { query: { asOf, stage, chainId, q, page, pageSize } } })), [asOf, stage, chainId, q, page, pageSize, version]);
  const filter = (patch: Record<string, string | number | undefined>) => params.set({ ...patch, page: undefined });

  return (
    <>
      <PageHeader
        title={m.menu.projects}
        subTitle={pipeline.data ? `${m.common.asOf} ${pipeline.data.asOf}` : m.menu.fortress}
        extra={<DatePicker value={fromIsoDate(asOf)} onChange={(value) => filter({ asOf: toIsoDate(value) })} disabledDate={isAfterToday} placeholder={m.common.asOf} />}
      />
      {pipeline.error ? (
        <LoadError error={pipeline.error} onRetry={pipeline.reload} />
      ) : !pipeline.data ? (
        <Spin style={{ display: 'block', margin: '40px 0' }} />
      ) : (
        <PipelineBoard pipeline={pipeline.data} selected={stage} onSelect={(s) => filter({ stage: s })} />
      )}
      <Card variant="borderless" style={{ marginTop: 16 }} title={m.projects.list}>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Input.Search allowClear defaultValue={q} placeholder={m.projects.searchPlaceholder} onSearch={(value) => filter({ q: value.trim() })} style={{ width: 300 }} />
          {chainId && (
            <Tag closable color="volcano" onClose={() => filter({ chainId: undefined })} style={{ alignSelf: 'center' }}>
              {m.projects.chain}：{pipeline.data?.byChain.find((c) => c.chainId === chainId)?.chainName ?? `#${chainId}`}
            </Tag>
          )}
          <Select<ProjectStage> allowClear value={stage} placeholder={m.projects.allStages} onChange={(value) => filter({ stage: value })} options={stages.map((s) => ({ value: s, label: m.projectStage[s] }))} style={{ width: 140 }} />
        </Flex>
        <PagedTable<ProjectListItem>
          testId="project-table"
          list={list}
          page={page}
          pageSize={pageSize}
          onPageChange={(nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize })}
          onOpen={(p) => params.set({ id: p.id })}
          columns={[
            { title: m.projects.code, dataIndex: 'code', width: 120, render: (c: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{c}</Typography.Text> },
            { title: m.projects.name, dataIndex: 'name', ellipsis: true, render: (n: string) => <a>{n}</a> },
            { title: m.projects.investor, dataIndex: 'investorName', width: 220, ellipsis: true },
            { title: m.projects.chain, dataIndex: 'chainName', width: 160, ellipsis: true, render: (c: string | null) => c ?? '—' },
            { title: m.projects.agreedInvestment, dataIndex: 'agreedInvestmentText', width: 130, align: 'right' },
            { title: m.projects.stage, dataIndex: 'stage', width: 90, render: (s: ProjectStage) => <Tag color="red">{m.projectStage[s]}</Tag> },
            { title: m.projects.stageSince, dataIndex: 'stageSince', width: 120 },
          ]}
        />
      </Card>
      <ProjectDrawer id={openedId ?? null} asOf={asOf} onClose={() => params.set({ id: undefined })} onChanged={() => setVersion((v) => v + 1)} />
    </>
  );
}
