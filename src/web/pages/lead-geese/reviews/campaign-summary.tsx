import { useState } from 'react';
import { Button, Card, Descriptions, Table, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { IndicatorTreeModal } from './indicator-tree-modal.tsx';
import type { Campaign } from './review-types.ts';
import { yuanText } from './stage-tag.tsx';

/** A campaign's settings at a glance: who runs it, deadlines, weights, thresholds, the fund and its rule, progress. */
export function CampaignSummary({ campaign: c }: { campaign: Campaign }) {
  const { m } = useLocale();
  const perStar = (values: number[], show: (v: number) => string) =>
    values.map((v, stars) => (v ? `${stars === 0 ? m.reviews.noStar : fmt(m.reviews.starLevel, { stars })} ${show(v)}` : null)).filter(Boolean).join('；') || '—';
  return (
    <Card variant="borderless" data-testid="campaign-summary">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'runBy', label: m.reviews.runBy, children: c.runByOrgName },
          { key: 'year', label: m.reviews.year, children: c.year },
          { key: 'code', label: m.reviews.code, children: <Typography.Text style={{ fontFamily: 'monospace' }}>{c.code}</Typography.Text> },
          { key: 'deadlines', label: m.reviews.deadlines, children: `${m.reviews.stageCommitments} ${c.commitmentsDue} · ${m.reviews.stageReport} ${c.reportsDue} · ${m.reviews.stageScoring} ${c.scoringDue}` },
          { key: 'weights', label: m.reviews.weights, children: `${c.selfWeight} / ${c.superiorWeight}` },
          { key: 'thresholds', label: m.reviews.thresholds, children: c.starThresholds.map((t, i) => `${fmt(m.reviews.starMin, { stars: i + 1 })}${t}`).join('　') },
          { key: 'fund', label: m.reviews.fund, children: `${c.fundText}（${yuanText(c.fundYuan)}）` },
          { key: 'shares', label: m.reviews.shares, children: perStar(c.starShares, String) },
          { key: 'base', label: m.reviews.baseYuan, children: perStar(c.starBaseYuan, (v) => yuanText(v)) },
          { key: 'allocatedOn', label: m.reviews.allocatedOn, children: c.allocatedOn ?? m.reviews.notAllocated },
          {
            key: 'progress',
            label: m.reviews.progress,
            span: 2,
            children: fmt(m.reviews.progressText, { cycles: c.progress.cycles, committed: c.progress.commitmentsFiled, reported: c.progress.reportsFiled, rated: c.progress.rated }),
          },
        ]}
      />
    </Card>
  );
}

type Row = { key: string; name: string; weight: number; maxScore?: number; children?: Row[] };

/** The indicator tree: top-level indicators with their weights, the scored indicators under them with weight and max; the manager edits it. */
export function IndicatorTable({ campaign, onChanged }: { campaign: Campaign; onChanged: () => void }) {
  const { m } = useLocale();
  const [isEditing, setIsEditing] = useState(false);
  const indicators = campaign.indicators;
  const rows: Row[] = indicators.map((p) => ({ key: `p${p.id}`, name: p.name, weight: p.weight, children: p.children.map((l) => ({ key: `l${l.id}`, name: l.name, weight: l.weight, maxScore: l.maxScore })) }));
  return (
    <>
      {campaign.mayManage && (
        <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)} style={{ marginBottom: 12 }}>
          {m.reviews.editTree}
        </Button>
      )}
      <Table<Row>
        size="small"
        pagination={false}
        dataSource={rows}
        expandable={{ defaultExpandAllRows: true }}
        columns={[
          { title: m.reviews.indicator, dataIndex: 'name' },
          { title: m.reviews.weight, dataIndex: 'weight', width: 100, render: (w: number) => `${w}%` },
          { title: m.reviews.maxScore, dataIndex: 'maxScore', width: 100, render: (v?: number) => v ?? '' },
        ]}
      />
      {isEditing && (
        <IndicatorTreeModal
          campaign={campaign}
          onClose={() => setIsEditing(false)}
          onDone={() => {
            setIsEditing(false);
            onChanged();
          }}
        />
      )}
    </>
  );
}
