import { App, Form, Input, Modal, Rate } from 'antd';
import { api, call } from '../../../api/client.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { UserPicker } from '../../../components/user-picker.tsx';
import { orUndefined } from '../../../components/form-values.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { RequestAction, RequestDetail } from './request-types.ts';

type Values = { note?: string; reason?: string; satisfaction?: number; departmentOrgId?: number; assigneeUserId?: number | null };
type Props = { request: RequestDetail; action: RequestAction; onClose: () => void; onDone: () => void };

/** One lifecycle action with what it needs: a department to assign, a resolution, a reason, a 1–5 satisfaction. */
export function RequestActionModal({ request, action, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const path = { params: { path: { id: request.id } } };
  const send = async (v: Values) => {
    const note = orUndefined(v.note?.trim());
    const reason = orUndefined(v.reason?.trim());
    switch (action) {
      case 'accept':
        return call(api.POST('/api/v1/requests/{id}/accept', { ...path, body: { note } }));
      case 'assign':
        return call(api.POST('/api/v1/requests/{id}/assign', { ...path, body: { departmentOrgId: v.departmentOrgId, assigneeUserId: v.assigneeUserId ?? undefined, note } }));
      case 'start':
        return call(api.POST('/api/v1/requests/{id}/start', { ...path, body: { note } }));
      case 'resolve':
        return call(api.POST('/api/v1/requests/{id}/resolve', { ...path, body: { note } }));
      case 'reject':
        return call(api.POST('/api/v1/requests/{id}/reject', { ...path, body: { reason } }));
      case 'confirm':
        return call(api.POST('/api/v1/requests/{id}/confirm', { ...path, body: { satisfaction: v.satisfaction, note } }));
      case 'reopen':
        return call(api.POST('/api/v1/requests/{id}/reopen', { ...path, body: { reason } }));
    }
  };
  const needsReason = action === 'reject' || action === 'reopen';
  const department = Form.useWatch('departmentOrgId', form);
  return (
    <Modal open title={`${m.requestAction[action]} · ${request.title}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.requestAction[action]} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="request-action-form"
        onFinish={(v) =>
          submit(async () => {
            await send(v);
            message.success(m.requests.done);
            onDone();
          })
        }
      >
        {action === 'assign' && (
          <Form.Item name="departmentOrgId" label={m.requests.department} rules={[{ required: true, message: m.requests.departmentRequired }]}>
            <OrgPicker placeholder={m.requests.pickDepartment} data-testid="request-department" />
          </Form.Item>
        )}
        {action === 'assign' && department !== undefined && (
          <Form.Item name="assigneeUserId" label={m.requests.assignee} extra={m.requests.assigneeHint}>
            <UserPicker orgId={department} placeholder={m.requests.pickAssignee} />
          </Form.Item>
        )}
        {action === 'confirm' && (
          <Form.Item name="satisfaction" label={m.requests.satisfaction} rules={[{ required: true, message: m.requests.satisfactionRequired }]}>
            <Rate data-testid="request-satisfaction" />
          </Form.Item>
        )}
        {needsReason ? (
          <Form.Item name="reason" label={m.requests.reason} rules={[{ required: true, whitespace: true, message: m.requests.reasonRequired }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="request-reason" />
          </Form.Item>
        ) : (
          <Form.Item
            name="note"
            label={action === 'resolve' ? m.requests.resolution : m.requests.note}
            rules={action === 'resolve' ? [{ required: true, whitespace: true, message: m.requests.resolutionRequired }] : []}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="request-note" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
