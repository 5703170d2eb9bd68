import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { LeaveReason, MemberDetail } from '../../../api/types.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Values = { reason?: LeaveReason; effectiveOn: Dayjs; note?: string };

const reasons: LeaveReason[] = ['leave', 'death', 'expelled', 'other'];

/** Ends a member's membership in the park's orgs from a date; the member and their history stay on record. */
export function MemberLeaveModal({ member, onClose, onDone }: { member: MemberDetail; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);

  const onFinish = (v: Values) =>
    submit(async () => {
      await call(
        api.POST('/api/v1/members/{id}/leave', {
          params: { path: { id: member.id } },
          body: { reason: v.reason ?? 'other', effectiveOn: toIsoDate(v.effectiveOn) ?? '', note: orUndefined(v.note?.trim()) },
        }),
      );
      message.success(m.common.saved);
      onDone();
    });

  return (
    <Modal open title={`${m.members.leave} · ${member.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} okButtonProps={{ danger: true }} destroyOnHidden>
      <Alert type="warning" showIcon title={m.members.leaveHint} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ effectiveOn: parkToday() }}>
        <Form.Item name="reason" label={m.members.reason} rules={[{ required: true, message: m.members.reason }]}>
          <Select options={reasons.map((r) => ({ value: r, label: m.endReason[r] }))} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={m.common.effectiveOn} rules={[{ required: true, message: m.common.effectiveOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={m.common.note}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
