import { Card, DatePicker, Flex, Input, List, Typography } from 'antd';
import type { Org } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { LazyTreeView } from '../../../components/lazy-tree-view.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { api, call } from '../../../api/client.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { OrgTitle } from './org-title.tsx';
import type { useOrgTree } from './use-org-tree.ts';

type Props = {
  tree: ReturnType<typeof useOrgTree>;
  asOf: string | undefined;
  onAsOfChange: (asOf: string | undefined) => void;
  q: string;
  onQChange: (q: string) => void;
  selectedId: number | null;
  onSelect: (id: number) => void;
};

/** The left side: search, the as-of date, and the lazily read tree (or the search results). */
export function OrgTreePanel({ tree, asOf, onAsOfChange, q, onQChange, selectedId, onSelect }: Props) {
  const { m } = useLocale();
  const search = useRequest(
    async () => (q ? call(api.GET('/api/v1/orgs', { params: { query: { q, asOf, pageSize: 50 } } })) : null),
    [q, asOf],
  );

  return (
    <Card variant="borderless" styles={{ body: { padding: 16 } }} style={{ height: '100%' }}>
      <Flex vertical gap={10}>
        <Input.Search allowClear placeholder={m.orgs.searchPlaceholder} defaultValue={q} onSearch={(value) => onQChange(value.trim())} data-testid="org-search" />
        <Flex gap={8} align="center">
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {m.common.asOf}
          </Typography.Text>
          <DatePicker
            style={{ flex: 1 }}
            value={fromIsoDate(asOf)}
            onChange={(value) => onAsOfChange(toIsoDate(value))}
            disabledDate={isAfterToday}
            placeholder={m.common.asOfHint}
            data-testid="org-as-of"
          />
        </Flex>
        {q ? (
          search.error ? (
            <LoadError error={search.error} onRetry={search.reload} />
          ) : (
            <List
              size="small"
              loading={search.isLoading}
              header={<Typography.Text type="secondary">{fmt(m.orgs.searchResults, { total: search.data?.total ?? 0 })}</Typography.Text>}
              dataSource={search.data?.items ?? []}
              renderItem={(org) => (
                <List.Item onClick={() => onSelect(org.id)} style={{ cursor: 'pointer', background: org.id === selectedId ? '#fff1f0' : undefined, paddingInline: 8 }}>
                  <OrgTitle org={org} />
                </List.Item>
              )}
            />
          )
        ) : (
          <LazyTreeView tree={tree} renderTitle={renderTitle} selectedId={selectedId} onSelect={onSelect} emptyText={m.orgs.noOrgs} testId="org-tree" />
        )}
      </Flex>
    </Card>
  );
}

const renderTitle = (org: Org) => <OrgTitle org={org} />;
