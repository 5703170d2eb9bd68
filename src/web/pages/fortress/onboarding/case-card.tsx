import { Card, Flex, Progress, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import type { OnboardingCaseListItem } from '../../../api/types.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { OverallTag } from './status-tags.tsx';

/** One case on the board: the enterprise, its overall status, progress per track, overdue steps in red. */
export function CaseCard({ item, onOpen }: { item: OnboardingCaseListItem; onOpen: () => void }) {
  const { m } = useLocale();
  const isOverdue = item.overdueSteps > 0;
  return (
    <Card
      size="small"
      hoverable
      onClick={onOpen}
      data-testid="case-card"
      style={{ borderLeft: `3px solid ${isOverdue ? '#cf1322' : '#d9d9d9'}`, background: isOverdue ? '#fff7f6' : undefined }}
    >
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Text strong ellipsis={{ tooltip: item.enterpriseName }}>
          {item.enterpriseName}
        </Typography.Text>
        <OverallTag status={item.overallStatus} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {m.onboarding.openedOn} {item.openedOn}
        {item.completedOn && ` · ${m.onboarding.completedOn} ${item.completedOn}`}
      </Typography.Text>
      <Flex vertical gap={0} style={{ marginTop: 6 }}>
        {item.progress.map((p) => (
          <Flex key={p.track} align="center" gap={8}>
            <Typography.Text style={{ fontSize: 12, width: 64, flex: 'none' }}>{m.track[p.track]}</Typography.Text>
            <Progress
              size="small"
              percent={p.total ? Math.round(((p.done + p.skipped) / p.total) * 100) : 0}
              format={() => `${p.done + p.skipped}/${p.total}`}
              strokeColor="#c8161d"
              style={{ margin: 0 }}
            />
          </Flex>
        ))}
      </Flex>
      {isOverdue && (
        <Tag color="red" icon={<WarningOutlined />} style={{ marginTop: 6 }}>
          {fmt(m.onboarding.overdueSteps, { count: item.overdueSteps })}
        </Tag>
      )}
    </Card>
  );
}
