import { Empty, Flex, Spin, Tag, Tooltip, Typography } from 'antd';
import type { ContactGraph } from '../../../api/types.ts';
import { LoadError } from '../../../components/load-error.tsx';
import type { RequestState } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Group = { source: ContactGraph['nodes'][number]; targets: { node: ContactGraph['nodes'][number]; isStale: boolean; linkId: number }[] };

/** Groups the edges by their near side: who links to whom, the far sides as tags, overdue ones in orange. */
function groupsOf(graph: ContactGraph): Group[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, Group>();
  for (const e of graph.edges) {
    const source = nodes.get(e.source);
    const target = nodes.get(e.target);
    if (!source || !target) continue;
    const group = groups.get(e.source) ?? { source, targets: [] };
    group.targets.push({ node: target, isStale: e.isStale, linkId: e.linkId });
    groups.set(e.source, group);
  }
  return [...groups.values()].sort((a, b) => a.source.label.localeCompare(b.source.label, 'zh'));
}

/** The contact graph of one kind as a two-column view: each near side, and the far sides it links to. */
export function ContactGraphView({ graph }: { graph: RequestState<ContactGraph> }) {
  const { m } = useLocale();
  if (graph.error) return <LoadError error={graph.error} onRetry={graph.reload} />;
  if (!graph.data) return <Spin style={{ display: 'block', margin: '40px 0' }} />;
  const groups = groupsOf(graph.data);
  if (groups.length === 0) return <Empty description={m.contacts.noLinks} />;
  return (
    <div data-testid="contact-graph" style={{ maxHeight: 520, overflowY: 'auto' }}>
      <Typography.Text type="secondary">{fmt(m.contacts.edgeCount, { count: graph.data.edges.length })}</Typography.Text>
      {groups.map((g) => (
        <Flex key={g.source.id} gap={12} align="baseline" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong style={{ width: 220, flex: 'none' }} ellipsis={{ tooltip: g.source.label }}>
            {g.source.label}
          </Typography.Text>
          <Flex wrap gap={6}>
            {g.targets.map((t) => (
              <Tooltip key={t.linkId} title={t.isStale ? m.contacts.stale : undefined}>
                <Tag color={t.isStale ? 'orange' : 'red'} bordered={false}>
                  {t.node.label}
                </Tag>
              </Tooltip>
            ))}
          </Flex>
        </Flex>
      ))}
    </div>
  );
}
