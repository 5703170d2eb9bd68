import { Card, Col, Flex, Progress, Row, Tag, Typography } from 'antd';
import { useLocale } from '../../../i18n/use-locale.ts';
import { type TaskNode, statusColors, taskStatuses } from './task-types.ts';

/** The board view: the items shown, one column per status, each card with its progress and due date. */
export function TaskBoard({ nodes, onOpen }: { nodes: TaskNode[]; onOpen: (id: number) => void }) {
  const { m } = useLocale();
  return (
    <Row gutter={12} data-testid="task-board">
      {taskStatuses.map((status) => {
        const inColumn = nodes.filter((n) => n.status === status);
        return (
          <Col span={6} key={status}>
            <Card size="small" title={<Tag color={statusColors[status]}>{m.taskStatus[status]}</Tag>} extra={inColumn.length} styles={{ body: { maxHeight: 640, overflowY: 'auto' } }}>
              <Flex vertical gap={8}>
                {inColumn.map((n) => (
                  <Card key={n.id} size="small" hoverable onClick={() => onOpen(n.id)}>
                    <Typography.Text strong>{n.title}</Typography.Text>
                    <Progress percent={n.progress} size="small" status={n.isOverdue ? 'exception' : undefined} />
                    <Flex justify="space-between">
                      <Typography.Text type="secondary">{n.responsibleOrg.name}</Typography.Text>
                      <Typography.Text type={n.isOverdue ? 'danger' : 'secondary'}>{n.dueOn}</Typography.Text>
                    </Flex>
                  </Card>
                ))}
              </Flex>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
