import { useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Space, Statistic, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { AllocationItem, Campaign } from './review-types.ts';
import { Stars, yuanText } from './stage-tag.tsx';

type Props = { campaign: Campaign; version: number; onChanged: () => void };

/**
 * The fund's allocation: the fund, the stored amounts and their sum, the amounts recomputed from the records now and
 * whether they agree; before allocation, the preview from the current ratings. The manager allocates or withdraws.
 */
export function AllocationPanel({ campaign, version, onChanged }: Props) {
  const { m } = useLocale();
  const [dialog, setDialog] = useState<'allocate' | 'withdraw' | null>(null);
  const allocation = useRequest(() => call(api.GET('/api/v1/review-campaigns/{id}/allocation', { params: { path: { id: campaign.id } } })), [campaign.id, version]);
  if (allocation.error) return <LoadError error={allocation.error} onRetry={allocation.reload} />;
  const a = allocation.data;
  const isAllocated = Boolean(a?.allocatedOn);
  return (
    <Flex vertical gap={16} data-testid="allocation-panel">
      <Flex wrap gap={48} align="center">
        <Statistic title={m.reviews.fund} value={campaign.fundYuan} suffix="元" />
        <Statistic title={isAllocated ? m.reviews.allocatedSum : m.reviews.preview} value={isAllocated ? a?.allocatedYuan : a?.recomputedYuan} suffix="元" loading={!a} />
        {isAllocated && <Statistic title={m.reviews.recomputedSum} value={a?.recomputedYuan} suffix="元" />}
        <Statistic title={m.reviews.allocatedOn} value={a?.allocatedOn ?? m.reviews.notAllocated} />
        {campaign.mayManage && (
          <Space>
            {!isAllocated && (
              <Button type="primary" disabled={!a || a.problem !== null} onClick={() => setDialog('allocate')} data-testid="allocate">
                {m.reviews.allocate}
              </Button>
            )}
            {isAllocated && (
              <Button danger onClick={() => setDialog('withdraw')}>
                {m.reviews.withdraw}
              </Button>
            )}
          </Space>
        )}
      </Flex>
      <Alert type="info" showIcon title={`${m.reviews.rule}：${m.reviews.ruleText}`} />
      {a?.problem && <Alert type="warning" showIcon title={a.problem} />}
      {a?.matches === true && <Alert type="success" showIcon title={m.reviews.matches} data-testid="allocation-matches" />}
      {a?.matches === false && <Alert type="error" showIcon title={m.reviews.mismatch} />}
      <Table<AllocationItem>
        rowKey="cycleId"
        size="small"
        loading={allocation.isLoading}
        dataSource={a?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: m.reviews.org, dataIndex: 'orgName', ellipsis: true },
          { title: m.reviews.total, dataIndex: 'total', width: 90, align: 'right', render: (v: number | null) => (v === null ? '—' : v.toFixed(2)) },
          { title: m.reviews.stars, dataIndex: 'stars', width: 100, render: (s: number | null) => <Stars stars={s} /> },
          { title: m.reviews.amount, dataIndex: 'amountYuan', width: 140, align: 'right', render: yuanText },
          { title: m.reviews.recomputed, dataIndex: 'recomputedYuan', width: 140, align: 'right', render: yuanText },
        ]}
      />
      {dialog && (
        <AllocationModal
          campaignId={campaign.id}
          kind={dialog}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            onChanged();
          }}
        />
      )}
    </Flex>
  );
}

function AllocationModal({ campaignId, kind, onClose, onDone }: { campaignId: number; kind: 'allocate' | 'withdraw'; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ on: Dayjs; reason?: string }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={kind === 'allocate' ? m.reviews.allocate : m.reviews.withdraw} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: parkToday() }}
        onFinish={(v) =>
          submit(async () => {
            const path = { id: campaignId };
            if (kind === 'allocate') await call(api.POST('/api/v1/review-campaigns/{id}/allocation', { params: { path }, body: { on: toIsoDate(v.on) ?? '' } }));
            else await call(api.POST('/api/v1/review-campaigns/{id}/allocation/withdraw', { params: { path }, body: { reason: v.reason?.trim() ?? '' } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        {kind === 'allocate' ? (
          <Form.Item name="on" label={m.reviews.allocateOn} rules={[{ required: true, message: m.reviews.allocateOn }]}>
            <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item name="reason" label={m.reviews.reason} rules={[{ required: true, min: 2, message: m.reviews.reason }]}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
