import { Flex, Input, Select } from 'antd';
import { api, call } from '../../../api/client.ts';
import { PagedTable } from '../../../components/paged-table.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { CycleItem, StageState } from './review-types.ts';
import { StageTag, Stars, yuanText } from './stage-tag.tsx';

/** The ratings table: each participating org the user sees with its stage states, totals, stars and allocation. */
export function RatingsTable({ campaignId, version, onOpen }: { campaignId: number; version: number; onOpen: (cycleId: number) => void }) {
  const { m } = useLocale();
  const params = useQueryParams();
  const q = params.get('q');
  const starsParam = params.get('stars');
  const stars = starsParam === undefined ? undefined : Number(starsParam);
  const page = params.getNumber('page') ?? 1;
  const pageSize = params.getNumber('pageSize') ?? 20;
  const list = useRequest(() => call(api.GET('/api/v1/review-campaigns/{id}/cycles', { params: { path: { id: campaignId }, query: { q, stars, page, pageSize } } })), [campaignId, q, stars, page, pageSize, version]);
  const points = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  const stage = (s: StageState) => <StageTag state={s} />;
  return (
    <>
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Input.Search allowClear defaultValue={q} placeholder={m.reviews.searchOrg} onSearch={(value) => params.set({ q: value.trim(), page: undefined })} style={{ width: 280 }} />
        <Select<number>
          allowClear
          value={stars}
          placeholder={m.reviews.allStars}
          onChange={(value) => params.set({ stars: value, page: undefined })}
          options={[5, 4, 3, 2, 1, 0].map((s) => ({ value: s, label: s === 0 ? m.reviews.noStar : fmt(m.reviews.starLevel, { stars: s }) }))}
          style={{ width: 140 }}
        />
      </Flex>
      <PagedTable<CycleItem>
        testId="ratings-table"
        list={list}
        page={page}
        pageSize={pageSize}
        onPageChange={(nextPage, nextSize) => params.set({ page: nextPage, pageSize: nextSize })}
        onOpen={(c) => onOpen(c.id)}
        scroll={{ x: 1100 }}
        columns={[
          { title: m.reviews.org, dataIndex: 'orgName', ellipsis: true, render: (n: string) => <a>{n}</a> },
          { title: m.reviews.stageCommitments, key: 'c', width: 90, render: (_: unknown, c) => stage(c.stages.commitments) },
          { title: m.reviews.stageReport, key: 'r', width: 90, render: (_: unknown, c) => stage(c.stages.report) },
          { title: m.reviews.stageScoring, key: 's', width: 90, render: (_: unknown, c) => stage(c.stages.scoring) },
          { title: m.reviews.commitmentCount, dataIndex: 'commitmentCount', width: 90, align: 'right' },
          { title: m.reviews.selfTotal, dataIndex: 'selfTotal', width: 80, align: 'right', render: points },
          { title: m.reviews.superiorTotal, dataIndex: 'superiorTotal', width: 90, align: 'right', render: points },
          { title: m.reviews.total, dataIndex: 'total', width: 80, align: 'right', render: points },
          { title: m.reviews.stars, dataIndex: 'stars', width: 100, render: (s: number | null) => <Stars stars={s} /> },
          { title: m.reviews.amount, dataIndex: 'amountYuan', width: 130, align: 'right', render: yuanText },
        ]}
      />
    </>
  );
}
