import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { PolicyDetail } from '../../../api/types.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { measuresFromText } from './policy-options.ts';

type Props = { policy: PolicyDetail; onClose: () => void; onDone: () => void };

/** Replaces a document's measures: one a line, numbered in order. */
export function MeasuresModal({ policy, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ measures?: string }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open width={720} title={`${m.policies.editMeasures} · ${policy.title}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ measures: policy.measures.map((x) => x.title).join('\n') }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.PUT('/api/v1/policies/{id}/measures', { params: { path: { id: policy.id } }, body: { measures: measuresFromText(v.measures) } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="measures" label={m.policies.measures} extra={m.policies.measuresHint} rules={[{ required: true, message: m.policies.measures }]}>
          <Input.TextArea rows={14} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Repeals a document from a date, with the reason. */
export function RepealModal({ policy, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ repealedOn?: Dayjs | null; reason?: string }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={`${m.policies.repeal} · ${policy.title}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Alert type="info" showIcon title={m.policies.repealHint} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ repealedOn: parkToday() }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.POST('/api/v1/policies/{id}/repeal', { params: { path: { id: policy.id } }, body: { repealedOn: toIsoDate(v.repealedOn) ?? '', reason: v.reason?.trim() ?? '' } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="repealedOn" label={m.policies.repealedOn} rules={[{ required: true, message: m.policies.repealedOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={m.policies.repealReason} rules={[{ required: true, message: m.policies.repealReason }]}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
