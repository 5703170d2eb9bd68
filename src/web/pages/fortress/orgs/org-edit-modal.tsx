import { App, Form, Input, Modal, Select } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { HostUnitKind, OrgCategory, OrgDetail } from '../../../api/types.ts';
import { orNull } from '../../../components/form-values.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { MemberPicker } from '../../../components/member-picker.tsx';
import { PlacePicker } from '../../../components/place-picker.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { hostUnitKinds, orgCategories } from './org-kinds.ts';

type Values = {
  code: string;
  category?: OrgCategory | null;
  hostUnitKind?: HostUnitKind | null;
  hostUnitName?: string | null;
  placeId?: number | null;
  secretaryMemberId?: number | null;
};

/** Changes the fields that carry no history (name, parent and kind change from a date, elsewhere). */
export function OrgEditModal({ org, onClose, onSaved }: { org: OrgDetail; onClose: () => void; onSaved: () => void }) {
  const { m } = useLocale();
  const { access } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);

  const onFinish = (values: Values) =>
    submit(async () => {
      await call(
        api.PATCH('/api/v1/orgs/{id}', {
          params: { path: { id: org.id } },
          body: {
            code: values.code.trim(),
            category: orNull(values.category),
            hostUnitKind: orNull(values.hostUnitKind),
            hostUnitName: orNull(values.hostUnitName),
            // Fields the user cannot pick from (no read permission on places or members) are left as they are.
            placeId: access.canReadPlaces ? orNull(values.placeId) : undefined,
            secretaryMemberId: access.canReadMembers ? orNull(values.secretaryMemberId) : undefined,
          },
        }),
      );
      message.success(m.common.saved);
      onSaved();
    });

  return (
    <Modal open title={`${m.orgs.editFields} · ${org.shortName ?? org.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden width={560}>
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ code: org.code, category: org.category, hostUnitKind: org.hostUnitKind, hostUnitName: org.hostUnitName, placeId: org.placeId, secretaryMemberId: org.secretaryMemberId }}
        data-testid="org-edit-form"
      >
        <Form.Item name="code" label={m.orgs.code} rules={[{ required: true, message: m.orgs.code }, { pattern: /^[A-Za-z0-9_-]{1,40}$/, message: m.orgs.codeRule }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="category" label={m.orgs.category}>
          <Select allowClear options={orgCategories.map((c) => ({ value: c, label: m.orgCategory[c] }))} />
        </Form.Item>
        <Form.Item name="hostUnitKind" label={m.orgs.hostUnitKind}>
          <Select allowClear options={hostUnitKinds.map((k) => ({ value: k, label: m.hostUnitKind[k] }))} />
        </Form.Item>
        <Form.Item name="hostUnitName" label={m.orgs.hostUnitName}>
          <Input maxLength={100} />
        </Form.Item>
        {access.canReadPlaces && (
          <Form.Item name="placeId" label={m.orgs.place}>
            <PlacePicker placeholder={m.orgs.pickPlace} />
          </Form.Item>
        )}
        {access.canReadMembers && (
          <Form.Item name="secretaryMemberId" label={m.orgs.secretary}>
            <MemberPicker orgId={org.id} placeholder={m.orgs.pickSecretary} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
