import { Card, Col, Empty, Row, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { Assignment } from '../../../api/types.ts';
import { todayInPark } from '../../../components/dates.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { CountCard } from './count-card.tsx';
import { FortressWatch } from './fortress-watch.tsx';
import { OrgMemberCount } from './org-member-count.tsx';
import { QuickLinks } from './quick-links.tsx';

/** The user's own scope: their roles and bound orgs, and live counts from the API that click through to the lists. */
export function DashboardPage() {
  const { m } = useLocale();
  const { me, access } = useSession();
  if (!me) return null;
  const today = todayInPark();

  return (
    <>
      <PageHeader title={fmt(m.dashboard.welcome, { name: me.displayName })} subTitle={me.parkName} />
      <Row gutter={[16, 16]}>
        {access.canReadOrgs && (
          <Col xs={24} sm={12} lg={6}>
            <CountCard
              testId="count-orgs"
              title={m.dashboard.orgsInForce}
              unit={m.dashboard.orgsUnit}
              to="/fortress/orgs"
              load={async () => (await call(api.GET('/api/v1/orgs-count', { params: { query: { asOf: today } } }))).count}
              color="#c8161d"
            />
          </Col>
        )}
        {access.canReadMembers && (
          <Col xs={24} sm={12} lg={6}>
            <CountCard
              testId="count-members"
              title={m.dashboard.members}
              unit={m.dashboard.membersUnit}
              to="/fortress/members"
              load={async () => (await call(api.GET('/api/v1/members-count', { params: { query: { asOf: today } } }))).count}
              color="#d4380d"
            />
          </Col>
        )}
      </Row>
      <Card title={m.dashboard.myScope} style={{ marginTop: 16 }} variant="borderless" extra={<Typography.Text type="secondary">{fmt(m.dashboard.asOfToday, { date: today })}</Typography.Text>}>
        {me.assignments.length === 0 ? (
          <Empty description={m.dashboard.noAssignments} />
        ) : (
          <Table<Assignment>
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={me.assignments}
            columns={[
              { title: m.dashboard.role, dataIndex: 'role', width: 200, render: (role: Assignment['role']) => <Tag color="red">{m.role[role]}</Tag> },
              {
                title: m.dashboard.boundOrg,
                dataIndex: 'orgName',
                render: (name: string | null, a) =>
                  a.orgId === null ? (
                    <Typography.Text type="secondary">{m.common.wholePark}</Typography.Text>
                  ) : access.canReadOrgs ? (
                    <Link to={`/fortress/orgs?id=${a.orgId}`}>{name ?? `#${a.orgId}`}</Link>
                  ) : (
                    (name ?? `#${a.orgId}`)
                  ),
              },
              ...(access.canReadMembers
                ? [
                    {
                      title: m.dashboard.members,
                      key: 'members',
                      width: 160,
                      render: (_: unknown, a: Assignment) => <OrgMemberCount orgId={a.orgId} asOf={today} />,
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <FortressWatch today={today} />
      <QuickLinks />
    </>
  );
}
