import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Drawer, Flex, Row, Spin, Statistic, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { ChainEnterprise, Honor } from '../../../api/types.ts';
import { lastDayOf } from '../../../components/dates.ts';
import { EndPeriodModal } from '../../../components/end-period-modal.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { UnitLink } from '../coverage/unit-link.tsx';
import { AddChainEnterpriseModal } from './chain-enterprise-modals.tsx';

type Props = { id: number | null; asOf: string | undefined; onClose: () => void; onChanged: () => void };

/** One chain as of a date: its committee, member enterprises, honors and projects by stage. */
export function ChainDrawer({ id, asOf, onClose, onChanged }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const navigate = useNavigate();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<'add' | ChainEnterprise | null>(null);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/chains/{id}', { params: { path: { id }, query: { asOf } } })) : null), [id, asOf, version]);
  const chain = detail.data && detail.data.id === id ? detail.data : null;
  const canWrite = access.canWriteChains && !asOf;
  const done = () => {
    setOpen(null);
    setVersion((v) => v + 1);
    onChanged();
  };

  return (
    <Drawer open={id !== null} onClose={onClose} size={860} title={chain ? chain.name : m.common.detail} data-testid="chain-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !chain ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          {asOf && <Alert type="info" showIcon title={fmt(m.common.historyViewNote, { date: asOf })} style={{ marginBottom: 16 }} />}
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: 'code', label: m.chains.code, children: chain.code },
              {
                key: 'committee',
                label: m.chains.committee,
                children: chain.committeeOrgId ? (access.canReadOrgs && chain.committeeOrgName ? <Link to={`/fortress/orgs?id=${chain.committeeOrgId}`}>{chain.committeeOrgName}</Link> : (chain.committeeOrgName ?? `#${chain.committeeOrgId}`)) : m.chains.noCommittee,
              },
              { key: 'description', label: m.chains.description, span: 2, children: chain.description ?? '—' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {m.chains.projectsByStage}
          </Typography.Title>
          <Row gutter={[8, 8]}>
            {chain.projectsByStage.map((s) => (
              <Col key={s.stage} flex="1 1 0">
                <Card size="small" variant="outlined" hoverable={access.canReadProjects} onClick={() => access.canReadProjects && navigate(`/fortress/projects?chainId=${chain.id}&stage=${s.stage}`)}>
                  <Statistic title={m.projectStage[s.stage]} value={s.count} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {s.agreedInvestmentText}
                  </Typography.Text>
                </Card>
              </Col>
            ))}
          </Row>
          <Flex justify="space-between" align="center" style={{ margin: '20px 0 8px' }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {m.chains.enterprises}（{chain.enterprises.length}）
            </Typography.Title>
            {canWrite && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen('add')}>
                {m.chains.addEnterprise}
              </Button>
            )}
          </Flex>
          <Table<ChainEnterprise>
            rowKey="id"
            size="small"
            pagination={chain.enterprises.length > 10 ? { pageSize: 10 } : false}
            dataSource={chain.enterprises}
            locale={{ emptyText: m.chains.noRecords }}
            columns={[
              { title: m.chains.enterprise, dataIndex: 'enterpriseName', render: (n: string, e) => <UnitLink id={e.enterpriseId} name={n} /> },
              { title: m.chains.from, dataIndex: 'validFrom', width: 110 },
              { title: m.chains.to, dataIndex: 'validTo', width: 120, render: (to: string | null) => (to ? lastDayOf(to) : m.chains.current) },
              ...(canWrite ? [{ title: m.common.actions, key: 'a', width: 70, render: (_: unknown, e: ChainEnterprise) => !e.validTo && <a onClick={() => setOpen(e)}>{m.chains.endEnterprise}</a> }] : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {m.chains.honors}
          </Typography.Title>
          <Table<Honor>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={chain.honors}
            locale={{ emptyText: m.chains.noRecords }}
            columns={[
              { title: m.chains.honorTitle, dataIndex: 'title' },
              { title: m.chains.honorLevel, dataIndex: 'level', width: 80, render: (l: Honor['level']) => m.honorLevel[l] },
              { title: m.chains.issuer, dataIndex: 'issuer', width: 180, render: (i: string | null) => i ?? '—' },
              { title: m.chains.awardedOn, dataIndex: 'awardedOn', width: 110 },
            ]}
          />
          {open === 'add' && <AddChainEnterpriseModal chainId={chain.id} chainName={chain.name} onClose={() => setOpen(null)} onDone={done} />}
          {open && open !== 'add' && (
            <EndPeriodModal
              title={`${m.chains.endEnterprise} · ${open.enterpriseName}`}
              onSubmit={(validTo) => call(api.POST('/api/v1/chain-enterprises/{id}/end', { params: { path: { id: open.id } }, body: { validTo } }))}
              onClose={() => setOpen(null)}
              onDone={done}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
