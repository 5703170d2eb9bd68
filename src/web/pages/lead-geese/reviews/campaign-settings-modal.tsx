import { App, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { toIsoDate } from '../../../components/dates.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { Campaign } from './review-types.ts';
import { CampaignSettingsFields } from './campaign-settings-fields.tsx';

type Values = { name: string; selfWeight: number; starThresholds: number[]; fundYuan: number; starShares: number[]; starBaseYuan: number[]; commitmentsDue: Dayjs; reportsDue: Dayjs; scoringDue: Dayjs };

/**
 * The manager changes a campaign's settings. New weights or thresholds re-rate the rated orgs; while the fund is
 * allocated the server refuses changes to what decides it (withdraw the allocation first).
 */
export function CampaignSettingsModal({ campaign: c, onClose, onDone }: { campaign: Campaign; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const initial: Values = {
    name: c.name,
    selfWeight: c.selfWeight,
    starThresholds: c.starThresholds,
    fundYuan: c.fundYuan,
    starShares: c.starShares,
    starBaseYuan: c.starBaseYuan,
    commitmentsDue: dayjs(c.commitmentsDue),
    reportsDue: dayjs(c.reportsDue),
    scoringDue: dayjs(c.scoringDue),
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (
    <Modal open width={860} title={`${m.reviews.settings} · ${c.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) =>
          submit(async () => {
            // Only what changed is sent, so an allocated campaign may still be renamed or have deadlines moved.
            const dates = { commitmentsDue: toIsoDate(v.commitmentsDue), reportsDue: toIsoDate(v.reportsDue), scoringDue: toIsoDate(v.scoringDue) };
            const body = {
              name: v.name.trim() === c.name ? undefined : v.name.trim(),
              selfWeight: v.selfWeight === c.selfWeight ? undefined : v.selfWeight,
              starThresholds: same(v.starThresholds, c.starThresholds) ? undefined : v.starThresholds,
              fundYuan: v.fundYuan === c.fundYuan ? undefined : v.fundYuan,
              starShares: same(v.starShares, c.starShares) ? undefined : v.starShares,
              starBaseYuan: same(v.starBaseYuan, c.starBaseYuan) ? undefined : v.starBaseYuan,
              commitmentsDue: dates.commitmentsDue === c.commitmentsDue ? undefined : dates.commitmentsDue,
              reportsDue: dates.reportsDue === c.reportsDue ? undefined : dates.reportsDue,
              scoringDue: dates.scoringDue === c.scoringDue ? undefined : dates.scoringDue,
            };
            await call(api.PATCH('/api/v1/review-campaigns/{id}', { params: { path: { id: c.id } }, body }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="name" label={m.reviews.name} rules={[{ required: true, min: 2, message: m.reviews.name }]}>
          <Input maxLength={200} />
        </Form.Item>
        <CampaignSettingsFields />
      </Form>
    </Modal>
  );
}
