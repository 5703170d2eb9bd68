import { useState } from 'react';
import { Card, DatePicker, Flex, Input, Table, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { ChainListItem } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { ChainDrawer } from './chain-drawer.tsx';

/** 红色堡垒 → 产业链: the chains (一核多点) as of a date with their committees, members, projects and signed investment. */
export function ChainsPage() {
  const { m } = useLocale();
  const params = useQueryParams();
  const asOf = params.get('asOf');
  const q = params.get('q');
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const openedId = params.getNumber('id');
  const [version, setVersion] = useState(0);
  const list = useRequest(() => call(api.GET('/api/v1/chains', { params: { query: { asOf, q, page, pageSize } } })), [asOf, q, page, pageSize, version]);
  const filter = (patch: Record<string, string | number | undefined>) => params.set({ ...patch, page: undefined });

  return (
    <>
      <PageHeader title={m.menu.chains} subTitle={list.data ? `${m.common.asOf} ${list.data.asOf}` : m.menu.fortress} />
      <Card variant="borderless">
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Input.Search allowClear defaultValue={q} placeholder={m.chains.searchPlaceholder} onSearch={(value) => filter({ q: value.trim() })} style={{ width: 300 }} />
          <DatePicker value={fromIsoDate(asOf)} onChange={(value) => filter({ asOf: toIsoDate(value) })} disabledDate={isAfterToday} placeholder={m.common.asOf} />
        </Flex>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <Table<ChainListItem>
            rowKey="id"
            size="middle"
            data-testid="chain-table"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            onRow={(c) => ({ onClick: () => params.set({ id: c.id }), style: { cursor: 'pointer' } })}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showTotal: (total) => fmt(m.common.total, { total }),
              onChange: (nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize }),
            }}
            columns={[
              { title: m.chains.code, dataIndex: 'code', width: 120, render: (c: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{c}</Typography.Text> },
              { title: m.chains.name, dataIndex: 'name', render: (n: string) => <a>{n}</a> },
              { title: m.chains.committee, dataIndex: 'committeeOrgName', ellipsis: true, render: (n: string | null, c) => n ?? (c.committeeOrgId ? `#${c.committeeOrgId}` : m.chains.noCommittee) },
              { title: m.chains.enterpriseCount, dataIndex: 'enterpriseCount', width: 110, align: 'right' },
              { title: m.chains.projectCount, dataIndex: 'projectCount', width: 110, align: 'right' },
              { title: m.chains.signedInvestment, dataIndex: 'signedInvestmentText', width: 140, align: 'right' },
            ]}
          />
        )}
      </Card>
      <ChainDrawer id={openedId ?? null} asOf={asOf} onClose={() => params.set({ id: undefined })} onChanged={() => setVersion((v) => v + 1)} />
    </>
  );
}
