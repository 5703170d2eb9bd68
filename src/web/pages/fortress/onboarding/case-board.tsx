import { Badge, Card, Col, Empty, Flex, Row, Spin } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { OnboardingCaseStatus } from '../../../api/types.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { CaseCard } from './case-card.tsx';

const columns: { status: OnboardingCaseStatus; color: string }[] = [
  { status: 'open', color: '#c8161d' },
  { status: 'completed', color: '#389e0d' },
  { status: 'cancelled', color: '#8c8c8c' },
];

type Props = { onlyOverdue: boolean; version: number; onOpen: (id: number) => void };

/** The board: one column per case status, each read from the API on its own. */
export function CaseBoard({ onlyOverdue, version, onOpen }: Props) {
  return (
    <Row gutter={16}>
      {columns.map((c) => (
        <Col key={c.status} xs={24} lg={8}>
          <BoardColumn status={c.status} color={c.color} onlyOverdue={onlyOverdue} version={version} onOpen={onOpen} />
        </Col>
      ))}
    </Row>
  );
}

function BoardColumn({ status, color, onlyOverdue, version, onOpen }: { status: OnboardingCaseStatus; color: string } & Props) {
  const { m } = useLocale();
  const list = useRequest(
    () => call(api.GET('/api/v1/onboarding-cases', { params: { query: { status, overdue: onlyOverdue ? 'true' : undefined, pageSize: 100 } } })),
    [status, onlyOverdue, version],
  );
  const items = list.data?.items ?? [];
  return (
    <Card
      variant="borderless"
      data-testid={`case-column-${status}`}
      style={{ borderTop: `3px solid ${color}`, background: '#fafafa' }}
      styles={{ body: { padding: 12, minHeight: 240 } }}
      title={
        <Flex align="center" gap={8}>
          {m.caseStatus[status]}
          <Badge count={list.data?.total ?? 0} showZero color={color} overflowCount={9999} />
        </Flex>
      }
      extra={list.data && list.data.total > items.length ? fmt(m.common.total, { total: list.data.total }) : undefined}
    >
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : list.isLoading && !list.data ? (
        <Spin style={{ display: 'block', marginTop: 40 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.onboarding.noCases} />
      ) : (
        <Flex vertical gap={10}>
          {items.map((item) => (
            <CaseCard key={item.id} item={item} onOpen={() => onOpen(item.id)} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
