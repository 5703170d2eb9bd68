import { Card, Flex, Progress, Typography } from 'antd';
import type { CoverageRate } from '../../../api/types.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

/** A rate as a percentage with one decimal, '—' when there is nothing to count. */
export function percentOf(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

type Props = { rate: CoverageRate; isSelected: boolean; onSelect: (covered: 'true' | 'false' | undefined) => void };

/** One category's coverage: the gauge, covered / all, and organizational and work coverage reported apart. */
export function RateCard({ rate, isSelected, onSelect }: Props) {
  const { m } = useLocale();
  const rule = [rate.rule.countsOrg && m.coverage.ruleOrg, rate.rule.countsInstructor && m.coverage.ruleInstructor].filter(Boolean).join(' + ');
  return (
    <Card
      hoverable
      variant="borderless"
      onClick={() => onSelect(undefined)}
      data-testid={`rate-${rate.category}`}
      style={{ borderTop: `3px solid ${isSelected ? '#c8161d' : '#f0f0f0'}` }}
      title={m.coverageCategory[rate.category]}
      extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.coverage.rule}：{rule}</Typography.Text>}
    >
      <Flex align="center" gap={24}>
        <Progress type="dashboard" size={132} strokeColor="#c8161d" percent={rate.rate === null ? 0 : rate.rate * 100} format={() => percentOf(rate.rate)} />
        <Flex vertical gap={6} style={{ flex: 1 }}>
          <Typography.Text strong>{fmt(m.coverage.numerator, { covered: rate.covered, total: rate.denominator })}</Typography.Text>
          <Typography.Text type="secondary">
            {m.coverage.orgCoverage} {rate.orgCovered}/{rate.denominator} · {percentOf(rate.orgRate)}
          </Typography.Text>
          <Typography.Text type="secondary">
            {m.coverage.workCoverage} {rate.instructorCovered}/{rate.denominator} · {percentOf(rate.instructorRate)}
          </Typography.Text>
          <Flex gap={12}>
            <a onClick={(e) => { e.stopPropagation(); onSelect('true'); }}>{m.coverage.covered} {rate.covered}</a>
            <a onClick={(e) => { e.stopPropagation(); onSelect('false'); }} style={{ color: rate.denominator - rate.covered > 0 ? '#cf1322' : undefined }}>
              {m.coverage.uncovered} {rate.denominator - rate.covered}
            </a>
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}
