import { useState } from 'react';
import { Card, Col, DatePicker, Empty, Row, Spin, Tabs } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { CoverageCategory } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { CoverageUnits } from './coverage-units.tsx';
import { CoverageAlerts, UnvisitedUnits } from './coverage-watch-lists.tsx';
import { RateCard } from './rate-card.tsx';

const categories: CoverageCategory[] = ['above_scale', 'srdi', 'social_org'];
const tabs = ['units', 'alerts', 'unvisited'] as const;

/**
 * 红色堡垒 → 覆盖率: the three categories' rates as of a date (numerator / denominator, organizational and work
 * coverage apart); a rate opens its units; the alerts and the units not visited in time.
 */
export function CoveragePage() {
  const { m } = useLocale();
  const params = useQueryParams();
  const asOf = params.get('asOf');
  const category = categories.find((c) => c === params.get('category')) ?? 'above_scale';
  const coveredParam = params.get('covered');
  const covered = coveredParam === 'true' || coveredParam === 'false' ? coveredParam : undefined;
  const tab = tabs.find((t) => t === params.get('tab')) ?? 'units';
  const [version, setVersion] = useState(0);
  const rates = useRequest(() => call(api.GET('/api/v1/coverage/rates', { params: { query: { asOf } } })), [asOf, version]);

  return (
    <>
      <PageHeader
        title={m.menu.coverage}
        subTitle={rates.data ? `${m.common.asOf} ${rates.data.asOf}` : m.menu.fortress}
        extra={<DatePicker value={fromIsoDate(asOf)} onChange={(value) => params.set({ asOf: toIsoDate(value) })} disabledDate={isAfterToday} placeholder={m.common.asOf} data-testid="coverage-as-of" />}
      />
      {rates.error ? (
        <LoadError error={rates.error} onRetry={rates.reload} />
      ) : !rates.data ? (
        <Spin style={{ display: 'block', margin: '40px 0' }} />
      ) : rates.data.items.length === 0 ? (
        <Empty />
      ) : (
        <Row gutter={[16, 16]}>
          {rates.data.items.map((rate) => (
            <Col key={rate.category} xs={24} lg={8}>
              <RateCard rate={rate} isSelected={tab === 'units' && rate.category === category} onSelect={(c) => params.set({ category: rate.category, covered: c, tab: 'units' })} />
            </Col>
          ))}
        </Row>
      )}
      <Card variant="borderless" style={{ marginTop: 16 }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => params.set({ tab: key === 'units' ? undefined : key })}
          items={[
            {
              key: 'units',
              label: `${m.coverage.units} · ${m.coverageCategory[category]}`,
              children: (
                <CoverageUnits category={category} covered={covered} asOf={asOf} version={version} onCoveredChange={(c) => params.set({ covered: c })} onChanged={() => setVersion((v) => v + 1)} />
              ),
            },
            { key: 'alerts', label: m.coverage.alerts, children: <CoverageAlerts asOf={asOf} version={version} /> },
            { key: 'unvisited', label: m.coverage.unvisited, children: <UnvisitedUnits asOf={asOf} version={version} /> },
          ]}
        />
      </Card>
    </>
  );
}
