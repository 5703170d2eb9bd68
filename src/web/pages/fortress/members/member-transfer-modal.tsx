import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { MemberDetail } from '../../../api/types.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Values = { toOrgId?: number; effectiveOn: Dayjs; note?: string };

/** Moves a member to another org of the park from a date; the history keeps both periods. */
export function MemberTransferModal({ member, onClose, onDone }: { member: MemberDetail; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);

  const onFinish = (v: Values) =>
    submit(async () => {
      await call(
        api.POST('/api/v1/members/{id}/transfer', {
          params: { path: { id: member.id } },
          body: { toOrgId: v.toOrgId ?? 0, effectiveOn: toIsoDate(v.effectiveOn) ?? '', note: orUndefined(v.note?.trim()) },
        }),
      );
      message.success(m.common.saved);
      onDone();
    });

  return (
    <Modal open title={`${m.members.transfer} · ${member.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ effectiveOn: parkToday() }}>
        <Form.Item label={m.members.org}>{member.orgName ?? `#${member.orgId}`}</Form.Item>
        <Form.Item name="toOrgId" label={m.members.toOrg} rules={[{ required: true, message: m.members.toOrg }]}>
          <OrgPicker allowClear={false} excludeId={member.orgId ?? undefined} />
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
