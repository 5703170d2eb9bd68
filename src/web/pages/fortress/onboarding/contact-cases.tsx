import { Card, Empty, Flex, List, Progress, Spin, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { OverallTag } from './status-tags.tsx';

/**
 * What an enterprise contact sees: their own enterprise's cases (the server limits the list to them), each with
 * one overall status, how far it has come and what it waits on now — not the departments' checklists.
 */
export function ContactCases() {
  const { m, locale } = useLocale();
  const cases = useRequest(async () => {
    const list = await call(api.GET('/api/v1/onboarding-cases', { params: { query: { pageSize: 20 } } }));
    return Promise.all(list.items.map((c) => call(api.GET('/api/v1/onboarding-cases/{id}', { params: { path: { id: c.id } } }))));
  }, []);

  if (cases.error) return <LoadError error={cases.error} onRetry={cases.reload} />;
  if (!cases.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (cases.data.length === 0) return <Empty description={m.onboarding.noCases} />;
  return (
    <Flex vertical gap={16}>
      {cases.data.map((c) => (
        <Card key={c.id} variant="borderless" title={c.enterpriseName} extra={<OverallTag status={c.overall.status} />} data-testid="contact-case">
          <Flex gap={32} align="center" wrap>
            <Progress
              type="dashboard"
              size={120}
              strokeColor="#c8161d"
              percent={c.overall.totalSteps ? Math.round((c.overall.finishedSteps / c.overall.totalSteps) * 100) : 0}
              format={() => `${c.overall.finishedSteps}/${c.overall.totalSteps}`}
            />
            <Flex vertical gap={4} style={{ flex: 1, minWidth: 260 }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {locale === 'en-US' ? c.overall.labelEn : c.overall.label}
              </Typography.Title>
              <Typography.Text type="secondary">
                {m.onboarding.openedOn} {c.openedOn}
                {c.completedOn && ` · ${m.onboarding.completedOn} ${c.completedOn}`}
              </Typography.Text>
              <Typography.Text type="secondary">{fmt(m.onboarding.progress, { finished: c.overall.finishedSteps, total: c.overall.totalSteps })}</Typography.Text>
            </Flex>
          </Flex>
          {c.status === 'open' && (
            <List
              size="small"
              header={<Typography.Text strong>{m.onboarding.nextSteps}</Typography.Text>}
              locale={{ emptyText: m.onboarding.noNextSteps }}
              dataSource={c.overall.nextSteps}
              renderItem={(s) => (
                <List.Item key={s.id}>
                  <Typography.Text>
                    {m.track[s.track]} · {s.title}
                  </Typography.Text>
                  <Typography.Text type={s.isOverdue ? 'danger' : 'secondary'}>
                    {s.ownerDepartment} · {m.onboarding.dueOn} {s.dueOn}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Card>
      ))}
    </Flex>
  );
}
