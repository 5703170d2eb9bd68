import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Flex, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import type { ProjectOfficer } from '../../../api/types.ts';
import { lastDayOf } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { UnitLink } from '../coverage/unit-link.tsx';
import { EndPeriodModal } from '../../../components/end-period-modal.tsx';
import { AssignOfficerModal } from './officer-modals.tsx';
import { StageChangeModal } from './project-modals.tsx';
import { ProjectNotes } from './project-notes.tsx';

type Props = { id: number | null; asOf: string | undefined; onClose: () => void; onChanged: () => void };

/** One project: its fields, stage history and stage change, chief service officers, service log, blockers, factor needs. */
export function ProjectDrawer({ id, asOf, onClose, onChanged }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const [version, setVersion] = useState(0);
  const [isChanging, setIsChanging] = useState(false);
  const [isAssigning, setIsAssigning] = useState(false);
  const [ending, setEnding] = useState<ProjectOfficer | null>(null);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/projects/{id}', { params: { path: { id }, query: { asOf } } })) : null), [id, asOf, version]);
  const project = detail.data && detail.data.id === id ? detail.data : null;
  const canWrite = access.canWriteProjects && !asOf;
  const changed = () => {
    setVersion((v) => v + 1);
    onChanged();
  };

  return (
    <Drawer open={id !== null} onClose={onClose} size={900} title={project ? project.name : m.common.detail} data-testid="project-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !project ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          {asOf && <Alert type="info" showIcon title={fmt(m.common.historyViewNote, { date: asOf })} style={{ marginBottom: 16 }} />}
          <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
            <Tag color="red" style={{ fontSize: 14, padding: '2px 10px' }} data-testid="project-stage">
              {m.projectStage[project.stage]}
            </Tag>
            {canWrite && (
              <Button icon={<SwapOutlined />} onClick={() => setIsChanging(true)} data-testid="project-stage-change">
                {m.projects.changeStage}
              </Button>
            )}
          </Flex>
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: 'code', label: m.projects.code, children: project.code },
              { key: 'investment', label: m.projects.agreedInvestment, children: project.agreedInvestmentText },
              { key: 'investor', label: m.projects.investor, span: 2, children: project.investorEnterpriseId ? <UnitLink id={project.investorEnterpriseId} name={project.investorName} /> : project.investorName },
              { key: 'chain', label: m.projects.chain, children: project.chainName ?? m.projects.noChain },
              { key: 'stageSince', label: m.projects.stageSince, children: project.stageSince },
              { key: 'description', label: m.projects.description, span: 2, children: project.description ?? '—' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {m.projects.stageHistory}
          </Typography.Title>
          <Timeline
            style={{ marginTop: 12 }}
            items={[...project.stageHistory].reverse().map((c, i) => ({
              key: c.id,
              color: i === 0 ? 'red' : 'gray',
              content: (
                <Flex vertical gap={2}>
                  <Typography.Text strong>
                    {c.changedOn} {c.fromStage ? `${m.projectStage[c.fromStage]} → ` : ''}
                    {m.projectStage[c.toStage]}
                  </Typography.Text>
                  {(c.reason || c.byUserName) && <Typography.Text type="secondary">{[c.reason, c.byUserName].filter(Boolean).join(' · ')}</Typography.Text>}
                </Flex>
              ),
            }))}
          />
          <Flex justify="space-between" align="center">
            <Typography.Title level={5}>{m.projects.officers}</Typography.Title>
            {canWrite && (
              <Button size="small" onClick={() => setIsAssigning(true)} data-testid="project-assign-officer">
                {m.projects.assignOfficer}
              </Button>
            )}
          </Flex>
          <Table<ProjectOfficer>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={project.officers}
            locale={{ emptyText: m.projects.noRecords }}
            columns={[
              { title: m.projects.officer, dataIndex: 'userName', render: (n: string, o) => (o.isCurrent ? <Typography.Text strong>{n}</Typography.Text> : n) },
              { title: m.projects.from, dataIndex: 'validFrom', width: 120 },
              { title: m.projects.to, dataIndex: 'validTo', width: 120, render: (to: string | null) => (to ? lastDayOf(to) : m.projects.current) },
              ...(canWrite
                ? [{ title: m.common.actions, key: 'end', width: 100, render: (_: unknown, o: ProjectOfficer) => (o.isCurrent ? <a onClick={() => setEnding(o)}>{m.projects.endOfficer}</a> : null) }]
                : []),
            ]}
          />
          <ProjectNotes project={project} kind="service_log" title={m.projects.serviceLog} notes={project.serviceLog} canWrite={canWrite} onChanged={changed} />
          <ProjectNotes project={project} kind="blocker" title={m.projects.blockers} notes={project.blockers} canWrite={canWrite} onChanged={changed} />
          <ProjectNotes project={project} kind="factor_need" title={m.projects.factorNeeds} notes={project.factorNeeds} canWrite={canWrite} onChanged={changed} />
          {isAssigning && (
            <AssignOfficerModal
              project={project}
              onClose={() => setIsAssigning(false)}
              onDone={() => {
                setIsAssigning(false);
                changed();
              }}
            />
          )}
          {ending && (
            <EndPeriodModal
              title={`${m.projects.endOfficer} · ${ending.userName}`}
              onSubmit={(validTo) => call(api.POST('/api/v1/project-officers/{id}/end', { params: { path: { id: ending.id } }, body: { validTo } }))}
              onClose={() => setEnding(null)}
              onDone={() => {
                setEnding(null);
                changed();
              }}
            />
          )}
          {isChanging && (
            <StageChangeModal
              project={project}
              onClose={() => setIsChanging(false)}
              onDone={() => {
                setIsChanging(false);
                changed();
              }}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
