import { App, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { isAfterToday, todayInPark, toIsoDate } from '../../../components/dates.ts';
import { EnterprisePicker } from '../../../components/enterprise-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

/** Adds an enterprise to a chain from a date. */
export function AddChainEnterpriseModal({ chainId, chainName, onClose, onDone }: { chainId: number; chainName: string; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ enterpriseId?: number; validFrom: Dayjs }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={`${m.chains.addEnterprise} · ${chainName}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ validFrom: dayjs(todayInPark()) }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.POST('/api/v1/chains/{id}/enterprises', { params: { path: { id: chainId } }, body: { enterpriseId: v.enterpriseId ?? 0, validFrom: toIsoDate(v.validFrom) ?? '' } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="enterpriseId" label={m.chains.enterprise} rules={[{ required: true, message: m.chains.enterprise }]}>
          <EnterprisePicker />
        </Form.Item>
        <Form.Item name="validFrom" label={m.chains.from} rules={[{ required: true, message: m.chains.from }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
