import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Flex, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { EnterpriseDetail } from '../../../api/types.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { Messages } from '../../../i18n/zh-CN.ts';
import { useSession } from '../../../session/use-session.ts';
import { ContactTable, CoverageTable, DesignationTable } from './enterprise-history-tables.tsx';
import { EnterpriseFormModal } from './enterprise-form-modal.tsx';
import { InstructorsAndVisits, InvestorProjects, OnboardingCases } from './enterprise-relations.tsx';
import { StatusTag } from './status-tag.tsx';

type Props = { id: number | null; asOf: string | undefined; version: number; onClose: () => void; onChanged: () => void };

/** One unit: its fields as of a date, designations, covering orgs, contacts, instructors and visits, onboarding cases. */
export function EnterpriseDrawer({ id, asOf, version, onClose, onChanged }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const [ownVersion, setOwnVersion] = useState(0);
  const [isEditing, setIsEditing] = useState(false);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/enterprises/{id}', { params: { path: { id }, query: { asOf } } })) : null), [id, asOf, version, ownVersion]);
  const unit = detail.data && detail.data.id === id ? detail.data : null;
  const changed = () => {
    setOwnVersion((v) => v + 1);
    onChanged();
  };
  const canWrite = access.canWriteEnterprises && !asOf;
  const allVersions = version + ownVersion;

  return (
    <Drawer open={id !== null} onClose={onClose} size={880} title={unit ? unit.name : m.common.detail} data-testid="enterprise-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !unit ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          {asOf && <Alert type="info" showIcon title={fmt(m.common.historyViewNote, { date: asOf })} style={{ marginBottom: 16 }} />}
          <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
            <Space wrap>
              <StatusTag status={unit.status} />
              <Tag>{m.unitKind[unit.unitKind]}</Tag>
              {unit.designations.map((d) => (
                <Tag key={d} color="gold">
                  {m.designation[d]}
                </Tag>
              ))}
            </Space>
            {canWrite && (
              <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
                {m.enterprises.edit}
              </Button>
            )}
          </Flex>
          <Tabs
            items={[
              { key: 'fields', label: m.common.detail, children: <Descriptions bordered size="small" column={2} items={fieldsOf(unit, m, access.canReadOrgs)} /> },
              { key: 'designations', label: m.enterprises.designationHistory, children: <DesignationTable unit={unit} canWrite={canWrite} onChanged={changed} /> },
              { key: 'coverage', label: m.enterprises.coverageHistory, children: <CoverageTable unit={unit} canWrite={canWrite} onChanged={changed} /> },
              { key: 'contacts', label: m.enterprises.contacts, children: <ContactTable unit={unit} canWrite={canWrite} onChanged={changed} /> },
              { key: 'instructors', label: `${m.enterprises.instructors} · ${m.enterprises.visits}`, children: <InstructorsAndVisits unit={unit} version={allVersions} /> },
              ...(access.canReadOnboarding ? [{ key: 'onboarding', label: m.enterprises.onboardingCase, children: <OnboardingCases unit={unit} version={allVersions} /> }] : []),
              ...(access.canReadProjects ? [{ key: 'projects', label: m.enterprises.projects, children: <InvestorProjects unit={unit} version={allVersions} /> }] : []),
            ]}
          />
          {isEditing && (
            <EnterpriseFormModal
              unit={unit}
              onClose={() => setIsEditing(false)}
              onSaved={() => {
                setIsEditing(false);
                changed();
              }}
            />
          )}
        </>
      )}
    </Drawer>
  );
}

function fieldsOf(unit: EnterpriseDetail, m: Messages, canReadOrgs: boolean) {
  const dash = '—';
  const org = unit.responsibleOrg;
  return [
    { key: 'uscc', label: m.enterprises.uscc, span: 2, children: <Typography.Text copyable style={{ fontFamily: 'monospace' }} data-testid="enterprise-uscc">{unit.uscc}</Typography.Text> },
    { key: 'status', label: m.enterprises.status, children: <span data-testid="enterprise-status"><StatusTag status={unit.status} /></span> },
    { key: 'industry', label: m.enterprises.industry, children: unit.industry ?? dash },
    { key: 'address', label: m.enterprises.address, span: 2, children: unit.address ?? dash },
    { key: 'capital', label: m.enterprises.registeredCapital, children: unit.registeredCapitalDisplay ?? dash },
    { key: 'employees', label: m.enterprises.employees, children: unit.employees ?? dash },
    { key: 'foundedOn', label: m.enterprises.foundedOn, children: unit.foundedOn ?? dash },
    { key: 'members', label: m.enterprises.employedMembers, children: unit.employedMemberCount },
    {
      key: 'responsibleOrg',
      label: m.enterprises.responsibleOrg,
      span: 2,
      children: org.name ? canReadOrgs ? <Link to={`/fortress/orgs?id=${org.id}`}>{org.name}</Link> : org.name : `#${org.id} ${m.enterprises.outsideScope}`,
    },
    {
      key: 'coveringOrgs',
      label: m.enterprises.coveringOrgs,
      span: 2,
      children:
        unit.coveringOrgs.length === 0 ? (
          <Tag color="red">{m.enterprises.notCovered}</Tag>
        ) : (
          <Space wrap>
            {unit.coveringOrgs.map((o) => (
              <Tag key={o.id} color={o.kind === 'own' ? 'red' : 'volcano'}>
                {o.name ?? `#${o.id}`} · {m.coverageKind[o.kind]}
              </Tag>
            ))}
          </Space>
        ),
    },
  ];
}
