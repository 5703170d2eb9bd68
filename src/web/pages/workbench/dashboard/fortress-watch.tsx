import { Card, Col, List, Row, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';

/** The Red Fortress items waiting on the user: overdue onboarding steps and coverage alerts, most urgent first. */
export function FortressWatch({ today }: { today: string }) {
  const { access } = useSession();
  if (!access.canReadOnboarding && !access.canReadEnterprises) return null;
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      {access.canReadOnboarding && (
        <Col xs={24} lg={12}>
          <OverdueSteps today={today} />
        </Col>
      )}
      {access.canReadEnterprises && (
        <Col xs={24} lg={12}>
          <CoverageAlerts today={today} />
        </Col>
      )}
    </Row>
  );
}

function More({ to, total }: { to: string; total: number }) {
  const { m } = useLocale();
  return (
    <Link to={to}>
      {fmt(m.common.total, { total })} <RightOutlined style={{ fontSize: 10 }} />
    </Link>
  );
}

function OverdueSteps({ today }: { today: string }) {
  const { m } = useLocale();
  const list = useRequest(() => call(api.GET('/api/v1/onboarding-steps/overdue', { params: { query: { asOf: today, pageSize: 5 } } })), [today]);
  return (
    <Card variant="borderless" title={m.dashboard.overdueSteps} data-testid="dashboard-overdue-steps" extra={list.data && <More to="/fortress/onboarding?overdue=true" total={list.data.total} />}>
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : (
        <List
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: m.dashboard.nothingOverdue }}
          renderItem={(s) => (
            <List.Item key={s.id} extra={<Tag color="red">{fmt(m.dashboard.daysOverdue, { days: s.daysOverdue })}</Tag>}>
              <List.Item.Meta
                title={<Link to={`/fortress/onboarding?id=${s.caseId}`}>{s.enterpriseName}</Link>}
                description={`${m.track[s.track]} · ${s.title} · ${s.ownerDepartment} · ${m.onboarding.dueOn} ${s.dueOn}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function CoverageAlerts({ today }: { today: string }) {
  const { m } = useLocale();
  const list = useRequest(() => call(api.GET('/api/v1/coverage/alerts', { params: { query: { asOf: today, pageSize: 5 } } })), [today]);
  return (
    <Card variant="borderless" title={m.coverage.alerts} data-testid="dashboard-coverage-alerts" extra={list.data && <More to="/fortress/coverage?tab=alerts" total={list.data.total} />}>
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : (
        <List
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: m.dashboard.noAlerts }}
          renderItem={(a) => (
            <List.Item key={`${a.unit.id}-${a.reason}`} extra={<Tag color={a.reason === 'uncovered' ? 'red' : 'orange'}>{m.alertReason[a.reason]}</Tag>}>
              <List.Item.Meta
                title={<Link to={`/fortress/enterprises?id=${a.unit.id}`}>{a.unit.name}</Link>}
                description={<Typography.Text type="secondary">{a.categories.map((c) => m.coverageCategory[c]).join('、') || '—'}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
