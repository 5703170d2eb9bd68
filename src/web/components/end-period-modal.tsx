import { App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLocale } from '../i18n/use-locale.ts';
import { isAfterToday, parkToday, toIsoDate } from './dates.ts';
import { useServerErrors } from './use-server-errors.ts';

type Props = {
  title: string;
  /** Sends the chosen day (YYYY-MM-DD) to the server; its field errors land on the date field. */
  onSubmit: (date: string) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
  /** The form field's name, matching the request body's, so the server's field errors find it. */
  field?: string;
  /** Defaults to "end on". */
  label?: string;
  /** Enterprise periods may be ended ahead of time; everything else ends today or earlier. */
  canPickFuture?: boolean;
};

/** Ends a dated period on a day (by default the park's today): one date, one request, the server's errors on the field. */
export function EndPeriodModal({ title, onSubmit, onClose, onDone, field = 'validTo', label, canPickFuture = false }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, Dayjs | undefined>>();
  const { submitting, submit } = useServerErrors(form);
  const fieldLabel = label ?? m.enterprises.endOn;
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ [field]: parkToday() }}
        onFinish={(v) =>
          submit(async () => {
            await onSubmit(toIsoDate(v[field]) ?? '');
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name={field} label={fieldLabel} rules={[{ required: true, message: fieldLabel }]}>
          <DatePicker disabledDate={canPickFuture ? undefined : isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
