import { App, Form, Input, Modal } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { Place, PlaceDetail, PlaceKind } from '../../../api/types.ts';
import { orNull, orUndefined } from '../../../components/form-values.ts';
import { MemberPicker } from '../../../components/member-picker.tsx';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { mayHaveCenterMember } from './place-kinds.ts';

type Values = { code: string; name: string; address?: string; orgId?: number | null; centerMemberId?: number | null };

type Props =
  | { mode: 'create'; kind: PlaceKind; parent: PlaceDetail | null; onClose: () => void; onSaved: (place: Place) => void }
  | { mode: 'edit'; place: PlaceDetail; onClose: () => void; onSaved: (place: Place) => void };

/** Creates a place under its parent (the kind follows from the parent) or edits one's undated fields. */
export function PlaceFormModal(props: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const kind = props.mode === 'create' ? props.kind : props.place.kind;

  const onFinish = (v: Values) =>
    submit(async () => {
      const saved =
        props.mode === 'create'
          ? await call(
              api.POST('/api/v1/places', {
                body: {
                  parentId: props.parent?.id ?? null,
                  kind,
                  code: v.code.trim(),
                  name: v.name.trim(),
                  address: orUndefined(v.address?.trim()),
                  orgId: orUndefined(v.orgId),
                  centerMemberId: orUndefined(v.centerMemberId),
                },
              }),
            )
          : await call(
              api.PATCH('/api/v1/places/{id}', {
                params: { path: { id: props.place.id } },
                body: {
                  code: v.code.trim(),
                  name: v.name.trim(),
                  address: orNull(v.address?.trim()),
                  orgId: access.canReadOrgs ? orNull(v.orgId) : undefined,
                  centerMemberId: mayHaveCenterMember(kind) && access.canReadMembers ? orNull(v.centerMemberId) : undefined,
                },
              }),
            );
      message.success(props.mode === 'create' ? m.places.created : m.common.saved);
      props.onSaved(saved);
    });

  const title =
    props.mode === 'create'
      ? `${fmt(m.places.createChild, { kind: m.placeKind[kind] })}${props.parent ? ` · ${props.parent.name}` : ''}`
      : `${m.places.edit} · ${props.place.name}`;
  const initialValues: Partial<Values> =
    props.mode === 'edit'
      ? { code: props.place.code, name: props.place.name, address: props.place.address ?? undefined, orgId: props.place.orgId, centerMemberId: props.place.centerMemberId }
      : {};

  return (
    <Modal open title={title} onCancel={props.onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues} data-testid="place-form">
        <Form.Item name="name" label={m.places.name} rules={[{ required: true, message: m.places.name }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="code" label={m.places.code} rules={[{ required: true, message: m.places.code }, { pattern: /^[A-Za-z0-9_-]{1,40}$/, message: m.orgs.codeRule }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="address" label={m.places.address}>
          <Input maxLength={200} />
        </Form.Item>
        {access.canReadOrgs && (
          <Form.Item name="orgId" label={m.places.org} extra={props.mode === 'create' ? m.places.orgHint : undefined}>
            <OrgPicker />
          </Form.Item>
        )}
        {mayHaveCenterMember(kind) && access.canReadMembers && (
          <Form.Item name="centerMemberId" label={m.places.centerMember} extra={m.places.centerMemberHint}>
            <MemberPicker />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
