import { useState } from 'react';
import { App, Button, Flex, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import { api, call } from '../../../api/client.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { type Cycle, isActionable } from './review-types.ts';

type Row = { key: string; name: string; weight: number; maxScore?: number; leafId?: number; selfScore?: number | null; superiorScore?: number | null; children?: Row[] };
type Drafts = Record<number, number | null>;

/**
 * Scoring over the indicator tree: the org's own scores and its superior's, each leaf up to its max with one
 * decimal. The org enters self-scores; a superior (not bound to the org) enters the superior's and closes scoring,
 * which rates the cycle.
 */
export function CycleScoring({ cycle, onChanged }: { cycle: Cycle; onChanged: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [self, setSelf] = useState<Drafts>({});
  const [superior, setSuperior] = useState<Drafts>({});
  const [busy, setBusy] = useState(false);
  const isOpen = isActionable(cycle, 'scoring');
  const maySelf = isOpen && cycle.may.write;
  const maySuperior = isOpen && cycle.may.score;
  const rows: Row[] = cycle.indicators.map((p) => ({
    key: `p${p.id}`,
    name: p.name,
    weight: p.weight,
    children: p.children.map((l) => ({ key: `l${l.id}`, leafId: l.id, name: l.name, weight: l.weight, maxScore: l.maxScore, selfScore: l.selfScore, superiorScore: l.superiorScore })),
  }));

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      message.success(m.common.saved);
      setSelf({});
      setSuperior({});
      onChanged();
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const save = (kind: 'self' | 'superior') => {
    const drafts = kind === 'self' ? self : superior;
    const scores = Object.entries(drafts).flatMap(([id, score]) => (score === null ? [] : [{ indicatorId: Number(id), score }]));
    if (scores.length === 0) return;
    const path = kind === 'self' ? '/api/v1/review-cycles/{id}/self-scores' : '/api/v1/review-cycles/{id}/superior-scores';
    return run(() => call(api.PUT(path, { params: { path: { id: cycle.id } }, body: { scores } })));
  };
  const cell = (row: Row, kind: 'self' | 'superior', editable: boolean) => {
    if (row.leafId === undefined) return null;
    const stored = kind === 'self' ? row.selfScore : row.superiorScore;
    if (!editable) return stored ?? '—';
    const drafts = kind === 'self' ? self : superior;
    const setDrafts = kind === 'self' ? setSelf : setSuperior;
    const id = row.leafId;
    return (
      <InputNumber
        size="small"
        min={0}
        max={row.maxScore}
        step={0.5}
        precision={1}
        value={id in drafts ? drafts[id] : stored}
        onChange={(v) => setDrafts((d) => ({ ...d, [id]: v }))}
        data-testid={`${kind}-score-${id}`}
        style={{ width: 90 }}
      />
    );
  };

  return (
    <div>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {m.reviews.scoring}
        </Typography.Title>
        <Space>
          {maySelf && (
            <Button size="small" loading={busy} onClick={() => save('self')} disabled={Object.keys(self).length === 0} data-testid="save-self">
              {m.reviews.saveSelf}
            </Button>
          )}
          {maySuperior && (
            <Button size="small" loading={busy} onClick={() => save('superior')} disabled={Object.keys(superior).length === 0} data-testid="save-superior">
              {m.reviews.saveSuperior}
            </Button>
          )}
          {maySuperior && (
            <Popconfirm title={m.reviews.closeScoring} onConfirm={() => run(() => call(api.POST('/api/v1/review-cycles/{id}/close-scoring', { params: { path: { id: cycle.id } }, body: {} })))}>
              <Button size="small" type="primary" loading={busy} data-testid="close-scoring">
                {m.reviews.closeScoring}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
      {isOpen && cycle.may.write && !cycle.may.score && <Typography.Text type="secondary">{m.reviews.ownOrgNoSuperior}</Typography.Text>}
      <Table<Row>
        size="small"
        style={{ marginTop: 8 }}
        pagination={false}
        dataSource={rows}
        expandable={{ defaultExpandAllRows: true }}
        columns={[
          { title: m.reviews.indicator, dataIndex: 'name' },
          { title: m.reviews.weight, dataIndex: 'weight', width: 80, render: (w: number) => `${w}%` },
          { title: m.reviews.maxScore, dataIndex: 'maxScore', width: 70, render: (v?: number) => v ?? '' },
          { title: m.reviews.selfScore, key: 'self', width: 110, render: (_: unknown, r) => cell(r, 'self', maySelf) },
          { title: m.reviews.superiorScore, key: 'superior', width: 110, render: (_: unknown, r) => cell(r, 'superior', maySuperior) },
        ]}
      />
    </div>
  );
}
