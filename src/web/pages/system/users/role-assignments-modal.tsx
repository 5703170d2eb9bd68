import { Alert, App, Button, DatePicker, Form, InputNumber, Modal, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { Role, User } from '../../../api/types.ts';
import { fromIsoDate, lastDayOf, toIsoDate } from '../../../components/dates.ts';
import { EnterprisePicker } from '../../../components/enterprise-picker.tsx';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { relationRoles } from './assignment-tag.tsx';

type Row = { role?: Role; orgId?: number | null; enterpriseId?: number | null; validFrom?: Dayjs | null; validTo?: Dayjs | null };
type Values = { assignments: Row[] };

/**
 * Replaces an account's role assignments as one list. Park-wide roles (the three admins) take no org; the
 * server checks separation of duties and names the row at fault. People enter the last day an assignment
 * holds; the API takes the day after. An enterprise contact is bound to its enterprise: picked by name where
 * the caller may read enterprises, else typed by id (the security admin holds no enterprises.read, so it
 * cannot list them; the server checks that the id names a unit of the park).
 */
export function RoleAssignmentsModal({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: () => void }) {
  const { m, locale } = useLocale();
  const { message } = App.useApp();
  const { access } = useSession();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const roles = useRequest(() => call(api.GET('/api/v1/roles')), []);
  const parkWide = new Set((roles.data?.items ?? []).filter((r) => r.isParkWide).map((r) => r.code));
  const rows = Form.useWatch('assignments', form) ?? [];

  const onFinish = (v: Values) =>
    submit(async () => {
      await call(
        api.PUT('/api/v1/users/{id}/role-assignments', {
          params: { path: { id: user.id } },
          body: {
            assignments: v.assignments.flatMap((a) =>
              a.role
                ? [
                    {
                      role: a.role,
                      orgId: parkWide.has(a.role) ? null : (a.orgId ?? null),
                      ...(a.role === 'enterprise_contact' ? { enterpriseId: a.enterpriseId ?? null } : {}),
                      validFrom: toIsoDate(a.validFrom) ?? null,
                      validTo: toIsoDate(a.validTo?.add(1, 'day')) ?? null,
                    },
                  ]
                : [],
            ),
          },
        }),
      );
      message.success(m.common.saved);
      onSaved();
    });

  const initialValues: Values = {
    assignments: user.assignments.map((a) => ({ role: a.role, orgId: a.orgId, enterpriseId: a.enterpriseId, validFrom: fromIsoDate(a.validFrom), validTo: a.validTo ? fromIsoDate(lastDayOf(a.validTo)) : null })),
  };

  return (
    <Modal open title={`${m.users.editRoles} · ${user.displayName}（${user.username}）`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} width={1080} destroyOnHidden>
      <Alert type="info" showIcon title={m.users.parkWideNote} style={{ marginBottom: 16 }} />
      <Form form={form} onFinish={onFinish} initialValues={initialValues} data-testid="role-form">
        <Form.List name="assignments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => {
                const role = rows[field.name]?.role;
                const isParkWide = role !== undefined && parkWide.has(role);
                return (
                  <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 4 }} wrap>
                    <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: m.users.role }]}>
                      <Select
                        style={{ width: 170 }}
                        placeholder={m.users.role}
                        loading={roles.isLoading}
                        options={(roles.data?.items ?? []).map((r) => ({ value: r.code, label: locale === 'en-US' ? r.nameEn : r.nameZh }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'orgId']}>
                      {isParkWide ? (
                        <Select style={{ width: 260 }} disabled placeholder={m.users.wholePark} />
                      ) : (
                        <OrgPicker style={{ width: 260 }} placeholder={role !== undefined && relationRoles.has(role) ? m.users.relationOrgHint : m.users.orgOptionalHint} />
                      )}
                    </Form.Item>
                    {role === 'enterprise_contact' && (
                      <Form.Item name={[field.name, 'enterpriseId']} style={{ width: 220 }}>
                        {access.canReadEnterprises ? (
                          <EnterprisePicker placeholder={m.users.enterprise} />
                        ) : (
                          <InputNumber min={1} precision={0} prefix={`${m.users.enterprise} #`} placeholder={m.users.enterpriseIdHint} style={{ width: '100%' }} />
                        )}
                      </Form.Item>
                    )}
                    <Form.Item name={[field.name, 'validFrom']}>
                      <DatePicker placeholder={m.users.validFrom} style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'validTo']}>
                      <DatePicker placeholder={m.users.validTo} style={{ width: 150 }} />
                    </Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={m.common.delete} />
                  </Space>
                );
              })}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                {m.users.addRole}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
