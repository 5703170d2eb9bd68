import { Card, Flex, List, Select, Spin, Tag, Typography } from 'antd';
import type { ContactGraph, LinkKind } from '../../../api/types.ts';
import type { RequestState } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { type GapCategory, gapCategories } from './contact-options.ts';

type Props = { graph: RequestState<ContactGraph>; kind: LinkKind; category: GapCategory; onCategory: (c: GapCategory) => void };

/** The gaps beside the graph: overdue links, leaders without contact points, enterprises without a department contact. */
export function ContactGaps({ graph, kind, category, onCategory }: Props) {
  const { m } = useLocale();
  const gaps = graph.data?.gaps;
  if (!gaps) return <Card variant="borderless" title={m.contacts.gaps}>{graph.isLoading && <Spin />}</Card>;
  return (
    <Card variant="borderless" title={m.contacts.gaps} data-testid="contact-gaps">
      <Flex vertical gap={16}>
        <Tag color={gaps.staleLinks > 0 ? 'orange' : 'green'} style={{ alignSelf: 'flex-start' }}>
          {fmt(m.contacts.staleCount, { count: gaps.staleLinks })}
        </Tag>
        {kind === 'leader_org' && (
          <div>
            <Typography.Text strong>{m.contacts.leadersWithoutPoints}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              {gaps.leadersWithoutPoints.length === 0 ? (
                <Typography.Text type="secondary">{m.contacts.noneMissing}</Typography.Text>
              ) : (
                gaps.leadersWithoutPoints.map((l) => (
                  <Tag key={l.userId} color="orange">
                    {l.displayName}
                  </Tag>
                ))
              )}
            </div>
          </div>
        )}
        {kind === 'department_enterprise' && (
          <div>
            <Flex justify="space-between" align="center">
              <Typography.Text strong>{m.contacts.enterprisesWithoutDepartment}</Typography.Text>
              <Select<GapCategory> size="small" value={category} onChange={onCategory} options={gapCategories.map((c) => ({ value: c, label: m.gapCategory[c] }))} style={{ width: 140 }} />
            </Flex>
            <Typography.Text type="secondary">{fmt(m.contacts.enterprisesWithoutDepartmentCount, { total: gaps.enterprisesWithoutDepartment.total })}</Typography.Text>
            <List
              size="small"
              style={{ maxHeight: 300, overflowY: 'auto' }}
              dataSource={gaps.enterprisesWithoutDepartment.items}
              renderItem={(e) => <List.Item>{e.name}</List.Item>}
            />
          </div>
        )}
      </Flex>
    </Card>
  );
}
