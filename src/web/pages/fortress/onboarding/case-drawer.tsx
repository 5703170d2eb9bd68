import { useState } from 'react';
import { Button, Card, Descriptions, Drawer, Flex, Progress, Space, Spin, Tag, Typography } from 'antd';
import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { CaseCancelModal, CaseCompleteModal } from './case-close-modals.tsx';
import { OverallTag } from './status-tags.tsx';
import { TrackSteps } from './track-steps.tsx';

type Props = { id: number | null; onClose: () => void; onChanged: () => void };

/** One case: its overall status, the three tracks of steps with their changes, and completion or cancellation. */
export function CaseDrawer({ id, onClose, onChanged }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<'complete' | 'cancel' | null>(null);
  const detail = useRequest(async () => (id ? call(api.GET('/api/v1/onboarding-cases/{id}', { params: { path: { id } } })) : null), [id, version]);
  const item = detail.data && detail.data.id === id ? detail.data : null;
  const changed = () => {
    setVersion((v) => v + 1);
    onChanged();
  };
  const canWrite = access.canWriteOnboarding && item?.status === 'open';

  return (
    <Drawer open={id !== null} onClose={onClose} size={1080} title={item ? item.enterpriseName : m.common.detail} data-testid="case-drawer" destroyOnHidden>
      {detail.error ? (
        <LoadError error={detail.error} onRetry={detail.reload} />
      ) : !item ? (
        <Spin style={{ display: 'block', marginTop: 80 }} />
      ) : (
        <>
          <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
            <Space size={12} align="center">
              <Typography.Text strong>{m.onboarding.overall}</Typography.Text>
              <span data-testid="case-overall">
                <OverallTag status={item.overall.status} />
              </span>
              <Progress
                type="circle"
                size={44}
                strokeColor="#c8161d"
                percent={item.overall.totalSteps ? Math.round((item.overall.finishedSteps / item.overall.totalSteps) * 100) : 0}
                format={() => `${item.overall.finishedSteps}/${item.overall.totalSteps}`}
              />
              {item.overall.overdueSteps > 0 && <Tag color="red">{fmt(m.onboarding.overdueSteps, { count: item.overall.overdueSteps })}</Tag>}
            </Space>
            {canWrite && (
              <Space>
                <Button type="primary" icon={<CheckCircleOutlined />} disabled={item.overall.status !== 'ready_to_complete'} onClick={() => setOpen('complete')} data-testid="case-complete">
                  {m.onboarding.complete}
                </Button>
                <Button danger icon={<StopOutlined />} onClick={() => setOpen('cancel')}>
                  {m.onboarding.cancel}
                </Button>
              </Space>
            )}
          </Flex>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              {
                key: 'enterprise',
                label: m.onboarding.enterprise,
                children: access.canReadEnterprises ? <Link to={`/fortress/enterprises?id=${item.enterpriseId}`}>{item.enterpriseName}</Link> : item.enterpriseName,
              },
              { key: 'openedOn', label: m.onboarding.openedOn, children: item.openedOn },
              { key: 'completedOn', label: m.onboarding.completedOn, children: item.completedOn ?? '—' },
              { key: 'note', label: m.onboarding.caseNote, span: 3, children: item.note ?? '—' },
            ]}
          />
          <Flex vertical gap={16} style={{ marginTop: 16 }}>
            {item.tracks.map((track) => (
              <Card
                key={track.track}
                size="small"
                title={m.track[track.track]}
                extra={<Typography.Text type="secondary">{fmt(m.onboarding.progress, { finished: track.done + track.skipped, total: track.total })}</Typography.Text>}
              >
                <TrackSteps track={track} canWrite={canWrite} onChanged={changed} />
              </Card>
            ))}
          </Flex>
          {open === 'complete' && <CaseCompleteModal item={item} onClose={() => setOpen(null)} onDone={changed} />}
          {open === 'cancel' && (
            <CaseCancelModal
              item={item}
              onClose={() => setOpen(null)}
              onDone={() => {
                setOpen(null);
                changed();
              }}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
