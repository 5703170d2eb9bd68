import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { OnboardingCase } from '../../../api/types.ts';
import { isAfterToday, todayInPark, toIsoDate } from '../../../components/dates.ts';
import { EnterprisePicker } from '../../../components/enterprise-picker.tsx';
import { orUndefined } from '../../../components/form-values.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Values = { enterpriseId?: number; openedOn: Dayjs; note?: string };

/** Opens a 三合一 case for an enterprise in status onboarding; the server fills in the built-in checklist. */
export function CaseOpenModal({ enterpriseId, onClose, onOpened }: { enterpriseId?: number; onClose: () => void; onOpened: (opened: OnboardingCase) => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);

  const onFinish = (v: Values) =>
    submit(async () => {
      const opened = await call(
        api.POST('/api/v1/onboarding-cases', { body: { enterpriseId: v.enterpriseId ?? 0, openedOn: toIsoDate(v.openedOn) ?? '', note: orUndefined(v.note?.trim()) } }),
      );
      message.success(m.onboarding.created);
      onOpened(opened);
    });

  return (
    <Modal open title={m.onboarding.openCase} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ enterpriseId, openedOn: dayjs(todayInPark()) }} data-testid="case-open-form">
        <Form.Item name="enterpriseId" label={m.onboarding.enterprise} rules={[{ required: true, message: m.onboarding.pickOnboardingEnterprise }]}>
          <EnterprisePicker status="onboarding" placeholder={m.onboarding.pickOnboardingEnterprise} />
        </Form.Item>
        <Form.Item name="openedOn" label={m.onboarding.openedOn} rules={[{ required: true, message: m.onboarding.openedOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={m.onboarding.caseNote}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
