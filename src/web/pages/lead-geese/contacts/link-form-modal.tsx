import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { LinkKind } from '../../../api/types.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { EnterprisePicker } from '../../../components/enterprise-picker.tsx';
import { orUndefined } from '../../../components/form-values.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { PlacePicker } from '../../../components/place-picker.tsx';
import { UserPicker } from '../../../components/user-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Values = {
  userId?: number | null;
  orgId?: number;
  enterpriseId?: number | null;
  placeId?: number | null;
  personName?: string;
  direction?: 'to_enterprise' | 'to_department';
  note?: string;
  validFrom?: Dayjs | null;
};

/** Makes a link of the kind shown; the fields asked for are the ones the kind needs. */
export function LinkFormModal({ kind, onClose, onDone }: { kind: LinkKind; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const required = (label: string) => [{ required: true, message: label }];
  const needsUser = kind === 'leader_org' || kind === 'cadre_enterprise';
  const needsEnterprise = kind === 'department_enterprise' || kind === 'cadre_enterprise' || kind === 'secondment';
  const orgLabel = kind === 'leader_org' ? m.contacts.contactPoint : kind === 'org_place' ? m.contacts.enterpriseOrg : m.contacts.departmentOrg;
  return (
    <Modal open width={640} title={`${m.contacts.newLink} · ${m.linkKind[kind]}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        data-testid="link-form"
        initialValues={{ validFrom: parkToday(), direction: 'to_enterprise' }}
        onFinish={(v) =>
          submit(async () => {
            await call(
              api.POST('/api/v1/contact-links', {
                body: {
                  kind,
                  userId: v.userId ?? undefined,
                  orgId: kind === 'cadre_enterprise' ? undefined : v.orgId,
                  enterpriseId: needsEnterprise ? (v.enterpriseId ?? undefined) : undefined,
                  placeId: kind === 'org_place' ? (v.placeId ?? undefined) : undefined,
                  personName: kind === 'secondment' ? orUndefined(v.personName?.trim()) : undefined,
                  direction: kind === 'secondment' ? v.direction : undefined,
                  note: orUndefined(v.note?.trim()),
                  validFrom: toIsoDate(v.validFrom) ?? '',
                },
              }),
            );
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        {needsUser && (
          <Form.Item name="userId" label={kind === 'leader_org' ? m.contacts.leader : m.contacts.cadre} rules={required(m.contacts.from)}>
            <UserPicker role={kind === 'leader_org' ? 'leader' : 'cadre'} />
          </Form.Item>
        )}
        {kind !== 'cadre_enterprise' && (
          <Form.Item name="orgId" label={orgLabel} rules={required(orgLabel)}>
            <OrgPicker />
          </Form.Item>
        )}
        {needsEnterprise && (
          <Form.Item name="enterpriseId" label={m.contacts.enterprise} rules={required(m.contacts.enterprise)}>
            <EnterprisePicker status="active" />
          </Form.Item>
        )}
        {kind === 'org_place' && (
          <Form.Item name="placeId" label={m.contacts.place} rules={required(m.contacts.place)}>
            <PlacePicker />
          </Form.Item>
        )}
        {kind === 'secondment' && (
          <>
            <Form.Item name="personName" label={m.contacts.personName} rules={required(m.contacts.personName)}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="direction" label={m.contacts.direction} rules={required(m.contacts.direction)}>
              <Select options={(['to_enterprise', 'to_department'] as const).map((d) => ({ value: d, label: m.secondmentDirection[d] }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="validFrom" label={m.contacts.validFrom} rules={required(m.contacts.validFrom)}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={m.contacts.note}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
