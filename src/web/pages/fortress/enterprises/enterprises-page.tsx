import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { Designation, EnterpriseListItem, EnterpriseStatus, UnitKind } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { listAll } from '../../../components/list-all.ts';
import { PagedTable } from '../../../components/paged-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { EnterpriseDrawer } from './enterprise-drawer.tsx';
import { EnterpriseFormModal } from './enterprise-form-modal.tsx';
import { designations } from './enterprise-record-modals.tsx';
import { StatusTag } from './status-tag.tsx';

const statuses: EnterpriseStatus[] = ['onboarding', 'active', 'closed'];
const unitKinds: UnitKind[] = ['enterprise', 'social_org'];
type Coverage = 'org' | 'none';
const coverages: Coverage[] = ['org', 'none'];

/**
 * 红色堡垒 → 企业: units as of a date, filtered by designation, chain, org coverage, status, kind and name/USCC;
 * one unit in a drawer. The chain filter shows only to callers who may read chains.
 */
export function EnterprisesPage() {
  const { m } = useLocale();
  const { access } = useSession();
  const params = useQueryParams();
  const q = params.get('q');
  const status = statuses.find((s) => s === params.get('status'));
  const unitKind = unitKinds.find((k) => k === params.get('unitKind'));
  const designation = designations.find((d) => d === params.get('designation'));
  const chainId = params.getNumber('chainId');
  const coverage = coverages.find((c) => c === params.get('coverage'));
  const asOf = params.get('asOf');
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const openedId = params.getNumber('id');
  const [isCreating, setIsCreating] = useState(false);
  const [version, setVersion] = useState(0);

  const list = useRequest(
    () => call(api.GET('/api/v1/enterprises', { params: { query: { q, status, unitKind, designation, chainId, coverage, asOf, page, pageSize } } })),
    [q, status, unitKind, designation, chainId, coverage, asOf, page, pageSize, version],
  );
  const chainOptions = useRequest(
    async () =>
      access.canReadChains
        ? (await listAll((p, size) => call(api.GET('/api/v1/chains', { params: { query: { page: p, pageSize: size } } })))).map((c) => ({ value: c.id, label: c.name }))
        : [],
    [access.canReadChains],
  );
  const filter = (patch: Record<string, string | number | undefined>) => params.set({ ...patch, page: undefined });

  return (
    <>
      <PageHeader
        title={m.menu.enterprises}
        subTitle={m.menu.fortress}
        extra={
          access.canWriteEnterprises && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)} data-testid="enterprise-create">
              {m.enterprises.create}
            </Button>
          )
        }
      />
      <Card variant="borderless">
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Input.Search allowClear defaultValue={q} placeholder={m.enterprises.searchPlaceholder} onSearch={(value) => filter({ q: value.trim() })} style={{ width: 300 }} data-testid="enterprise-search" />
          <Select<Designation>
            allowClear
            value={designation}
            placeholder={m.enterprises.allDesignations}
            onChange={(value) => filter({ designation: value })}
            options={designations.map((d) => ({ value: d, label: m.designation[d] }))}
            style={{ width: 170 }}
          />
          {access.canReadChains && (
            <Select<number>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={chainId}
              placeholder={m.enterprises.allChains}
              onChange={(value) => filter({ chainId: value })}
              loading={chainOptions.isLoading}
              options={chainOptions.data ?? []}
              style={{ width: 200 }}
              data-testid="enterprise-chain-filter"
            />
          )}
          <Select<Coverage>
            allowClear
            value={coverage}
            placeholder={m.enterprises.allCoverage}
            onChange={(value) => filter({ coverage: value })}
            options={[
              { value: 'org', label: m.enterprises.coveredByOrg },
              { value: 'none', label: m.enterprises.notCoveredByOrg },
            ]}
            style={{ width: 150 }}
            data-testid="enterprise-coverage-filter"
          />
          <Select<EnterpriseStatus> allowClear value={status} placeholder={m.enterprises.allStatuses} onChange={(value) => filter({ status: value })} options={statuses.map((s) => ({ value: s, label: m.enterpriseStatus[s] }))} style={{ width: 130 }} />
          <Select<UnitKind> allowClear value={unitKind} placeholder={m.enterprises.allUnitKinds} onChange={(value) => filter({ unitKind: value })} options={unitKinds.map((k) => ({ value: k, label: m.unitKind[k] }))} style={{ width: 130 }} />
          <DatePicker value={fromIsoDate(asOf)} onChange={(value) => filter({ asOf: toIsoDate(value) })} disabledDate={isAfterToday} placeholder={m.common.asOf} />
          <Button onClick={() => params.set({ q: undefined, status: undefined, unitKind: undefined, designation: undefined, chainId: undefined, coverage: undefined, asOf: undefined, page: undefined })}>{m.common.reset}</Button>
        </Flex>
        <PagedTable<EnterpriseListItem>
          testId="enterprise-table"
          list={list}
          page={page}
          pageSize={pageSize}
          onPageChange={(nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize })}
          onOpen={(unit) => params.set({ id: unit.id })}
          columns={[
            { title: m.enterprises.name, dataIndex: 'name', ellipsis: true, render: (name: string) => <a>{name}</a> },
            { title: m.enterprises.uscc, dataIndex: 'uscc', width: 190, render: (v: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{v}</Typography.Text> },
            { title: m.enterprises.unitKind, dataIndex: 'unitKind', width: 90, render: (k: UnitKind) => m.unitKind[k] },
            { title: m.enterprises.industry, dataIndex: 'industry', width: 130, ellipsis: true, render: (v: string | null) => v ?? '—' },
            { title: m.enterprises.registeredCapital, dataIndex: 'registeredCapitalDisplay', width: 130, align: 'right', render: (v: string | null) => v ?? '—' },
            {
              title: m.enterprises.designations,
              dataIndex: 'designations',
              width: 220,
              render: (ds: Designation[]) => (
                <Space size={[0, 4]} wrap>
                  {ds.map((d) => (
                    <Tag key={d} color="gold">
                      {m.designation[d]}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: m.enterprises.coveringOrgs,
              dataIndex: 'coveringOrgs',
              width: 220,
              ellipsis: true,
              render: (orgs: EnterpriseListItem['coveringOrgs']) =>
                orgs.length === 0 ? <Tag color="red">{m.enterprises.notCovered}</Tag> : orgs.map((o) => o.name ?? `#${o.id}`).join('、'),
            },
            { title: m.enterprises.status, dataIndex: 'status', width: 90, render: (s: EnterpriseStatus) => <StatusTag status={s} /> },
          ]}
        />
      </Card>
      <EnterpriseDrawer id={openedId ?? null} asOf={asOf} version={version} onClose={() => params.set({ id: undefined })} onChanged={() => setVersion((v) => v + 1)} />
      {isCreating && (
        <EnterpriseFormModal
          unit={null}
          onClose={() => setIsCreating(false)}
          onSaved={(saved) => {
            setIsCreating(false);
            setVersion((v) => v + 1);
            params.set({ id: saved.id });
          }}
        />
      )}
    </>
  );
}
