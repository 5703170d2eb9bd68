import { App, Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { toIsoDate } from '../../../components/dates.ts';
import { listAll } from '../../../components/list-all.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { IndicatorTreeEditor } from './indicator-tree-editor.tsx';
import type { CreateCampaign } from './review-types.ts';
import { CampaignSettingsFields } from './campaign-settings-fields.tsx';

type Values = Omit<CreateCampaign, 'commitmentsDue' | 'reportsDue' | 'scoringDue'> & { commitmentsDue?: Dayjs; reportsDue?: Dayjs; scoringDue?: Dayjs };

/**
 * Starts a campaign: code, name and year, the running org and the orgs under it that take part, weights, star
 * thresholds, the fund and its rule, deadlines and the indicator tree. The server checks the weights and thresholds
 * and names the field at fault.
 */
export function CampaignFormModal({ onClose, onDone }: { onClose: () => void; onDone: (id: number) => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const runByOrgId = Form.useWatch('runByOrgId', form);
  const year = dayjs().year();
  const subtree = useRequest(
    async () => (runByOrgId ? listAll((page, pageSize) => call(api.GET('/api/v1/orgs', { params: { query: { subtreeOf: runByOrgId, page, pageSize } } }))) : []),
    [runByOrgId],
  );
  const options = (subtree.data ?? []).map((o) => ({ value: o.id, label: o.shortName ?? o.name }));
  return (
    <Modal open width={920} title={m.reviews.newCampaign} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="campaign-form"
        initialValues={{
          year,
          selfWeight: 30,
          starThresholds: [60, 70, 80, 85, 90],
          fundYuan: 2_200_000,
          starShares: [0, 0, 0, 1, 3, 5],
          starBaseYuan: [0, 0, 0, 0, 0, 0],
          commitmentsDue: dayjs(`${year}-02-28`),
          reportsDue: dayjs(`${year}-12-15`),
          scoringDue: dayjs(`${year}-12-31`),
          indicators: [
            { name: '组织建设', weight: 50, children: [{ name: '组织生活', weight: 50, maxScore: 10 }, { name: '党员管理', weight: 50, maxScore: 10 }] },
            { name: '作用发挥', weight: 50, children: [{ name: '服务发展', weight: 100, maxScore: 20 }] },
          ],
        }}
        onFinish={(v) =>
          submit(async () => {
            const created = await call(
              api.POST('/api/v1/review-campaigns', {
                body: { ...v, code: v.code.trim(), name: v.name.trim(), commitmentsDue: toIsoDate(v.commitmentsDue) ?? '', reportsDue: toIsoDate(v.reportsDue) ?? '', scoringDue: toIsoDate(v.scoringDue) ?? '' },
              }),
            );
            message.success(m.common.saved);
            onDone(created.id);
          })
        }
      >
        <Flex gap={12}>
          <Form.Item name="code" label={m.reviews.code} rules={[{ required: true, message: m.reviews.code }]} style={{ width: 220 }}>
            <Input maxLength={40} placeholder="NJJK-LX-XJKP-2027" />
          </Form.Item>
          <Form.Item name="name" label={m.reviews.name} rules={[{ required: true, min: 2, message: m.reviews.name }]} style={{ flex: 1 }}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="year" label={m.reviews.year} rules={[{ required: true, message: m.reviews.year }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
        </Flex>
        <Form.Item name="runByOrgId" label={m.reviews.runBy} rules={[{ required: true, message: m.reviews.runBy }]}>
          <OrgPicker onChange={() => form.setFieldValue('participantOrgIds', [])} />
        </Form.Item>
        <Form.Item label={m.reviews.participants} required>
          <Flex gap={8}>
            <Form.Item name="participantOrgIds" noStyle rules={[{ required: true, message: m.reviews.participants }]}>
              <Select mode="multiple" allowClear maxTagCount="responsive" loading={subtree.isLoading} placeholder={m.reviews.pickParticipants} options={options} showSearch={{ optionFilterProp: 'label' }} style={{ flex: 1 }} />
            </Form.Item>
            <Button disabled={options.length === 0} onClick={() => form.setFieldValue('participantOrgIds', options.map((o) => o.value).filter((id) => id !== runByOrgId))}>
              {m.reviews.selectAll}
            </Button>
          </Flex>
        </Form.Item>
        <CampaignSettingsFields />
        <IndicatorTreeEditor />
      </Form>
    </Modal>
  );
}
