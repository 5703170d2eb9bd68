import { Card, Flex, Input, List, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { Place } from '../../../api/types.ts';
import { LazyTreeView } from '../../../components/lazy-tree-view.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { PlaceTitle } from './place-title.tsx';
import type { usePlaceTree } from './use-place-tree.ts';

type Props = { tree: ReturnType<typeof usePlaceTree>; q: string; onQChange: (q: string) => void; selectedId: number | null; onSelect: (id: number) => void };

/** The left side: search and the lazily read place tree (or the search results). */
export function PlaceTreePanel({ tree, q, onQChange, selectedId, onSelect }: Props) {
  const { m } = useLocale();
  const search = useRequest(async () => (q ? call(api.GET('/api/v1/places', { params: { query: { q, pageSize: 50 } } })) : null), [q]);

  return (
    <Card variant="borderless" styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={10}>
        <Input.Search allowClear placeholder={m.places.searchPlaceholder} defaultValue={q} onSearch={(value) => onQChange(value.trim())} />
        {q ? (
          search.error ? (
            <LoadError error={search.error} onRetry={search.reload} />
          ) : (
            <List
              size="small"
              loading={search.isLoading}
              header={<Typography.Text type="secondary">{fmt(m.orgs.searchResults, { total: search.data?.total ?? 0 })}</Typography.Text>}
              dataSource={search.data?.items ?? []}
              renderItem={(place) => (
                <List.Item onClick={() => onSelect(place.id)} style={{ cursor: 'pointer', background: place.id === selectedId ? '#fff1f0' : undefined, paddingInline: 8 }}>
                  <PlaceTitle place={place} />
                </List.Item>
              )}
            />
          )
        ) : (
          <LazyTreeView tree={tree} renderTitle={renderTitle} selectedId={selectedId} onSelect={onSelect} emptyText={m.places.noPlaces} testId="place-tree" />
        )}
      </Flex>
    </Card>
  );
}

const renderTitle = (place: Place) => <PlaceTitle place={place} />;
