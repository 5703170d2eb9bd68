import { useEffect, useState } from 'react';
import { Button, Card, Empty, Flex, Select, Space, Spin, Tabs } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { api, call } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useQueryParams } from '../../../components/use-query-params.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { AllocationPanel } from './allocation-panel.tsx';
import { CampaignFormModal } from './campaign-form-modal.tsx';
import { CampaignSettingsModal } from './campaign-settings-modal.tsx';
import { CampaignSummary, IndicatorTable } from './campaign-summary.tsx';
import { CycleDrawer } from './cycle-drawer.tsx';
import { RatingsTable } from './ratings-table.tsx';

/**
 * 红色头雁 → 联诺联述联评: pick a campaign; its settings and progress; the ratings table of the participating orgs the
 * user sees (stage states, scores, stars, allocations), one org's cycle in a drawer; the fund's allocation with its
 * sum and the recomputation check; the indicator tree. Managers start campaigns and change their settings.
 */
export function ReviewsPage() {
  const { m } = useLocale();
  const { access } = useSession();
  const params = useQueryParams();
  const campaignId = params.getNumber('campaign');
  const cycleId = params.getNumber('cycle');
  const tab = params.get('tab') ?? 'ratings';
  const [version, setVersion] = useState(0);
  const [isCreating, setIsCreating] = useState(false);
  const [isEditing, setIsEditing] = useState(false);
  const campaigns = useRequest(() => call(api.GET('/api/v1/review-campaigns', { params: { query: { page: 1, pageSize: 100 } } })), [version]);
  const campaign = useRequest(async () => (campaignId ? call(api.GET('/api/v1/review-campaigns/{id}', { params: { path: { id: campaignId } } })) : null), [campaignId, version]);
  const changed = () => setVersion((v) => v + 1);

  // Open the latest campaign when none is chosen yet.
  const first = campaigns.data?.items[0]?.id;
  useEffect(() => {
    if (!campaignId && first) params.set({ campaign: first });
  }, [campaignId, first]);

  const current = campaign.data && campaign.data.id === campaignId ? campaign.data : null;
  return (
    <>
      <PageHeader
        title={m.reviews.title}
        subTitle={m.menu.leadGeese}
        extra={
          <Space wrap>
            <Select
              data-testid="campaign-picker"
              style={{ width: 320 }}
              placeholder={m.reviews.pickCampaign}
              value={campaignId}
              loading={campaigns.isLoading}
              onChange={(id: number) => params.set({ campaign: id, cycle: undefined, page: undefined })}
              options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.year} · ${c.name}` }))}
            />
            {current?.mayManage && (
              <Button icon={<SettingOutlined />} onClick={() => setIsEditing(true)}>
                {m.reviews.settings}
              </Button>
            )}
            {access.canManageReviews && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)} data-testid="campaign-new">
                {m.reviews.newCampaign}
              </Button>
            )}
          </Space>
        }
      />
      {campaigns.error ? (
        <LoadError error={campaigns.error} onRetry={campaigns.reload} />
      ) : campaigns.data && campaigns.data.items.length === 0 ? (
        <Empty description={m.reviews.noCampaigns} />
      ) : campaign.error ? (
        <LoadError error={campaign.error} onRetry={campaign.reload} />
      ) : !current ? (
        <Spin style={{ display: 'block', margin: '40px 0' }} />
      ) : (
        <Flex vertical gap={16}>
          <CampaignSummary campaign={current} />
          <Card variant="borderless">
            <Tabs
              activeKey={tab}
              onChange={(key) => params.set({ tab: key })}
              items={[
                { key: 'ratings', label: m.reviews.tabRatings, children: <RatingsTable campaignId={current.id} version={version} onOpen={(id) => params.set({ cycle: id })} /> },
                { key: 'allocation', label: m.reviews.tabAllocation, children: <AllocationPanel campaign={current} version={version} onChanged={changed} /> },
                { key: 'indicators', label: m.reviews.tabIndicators, children: <IndicatorTable campaign={current} onChanged={changed} /> },
              ]}
            />
          </Card>
        </Flex>
      )}
      <CycleDrawer id={cycleId ?? null} onClose={() => params.set({ cycle: undefined })} onChanged={changed} />
      {isCreating && (
        <CampaignFormModal
          onClose={() => setIsCreating(false)}
          onDone={(id) => {
            setIsCreating(false);
            changed();
            params.set({ campaign: id, cycle: undefined });
          }}
        />
      )}
      {isEditing && current && (
        <CampaignSettingsModal
          campaign={current}
          onClose={() => setIsEditing(false)}
          onDone={() => {
            setIsEditing(false);
            changed();
          }}
        />
      )}
    </>
  );
}
