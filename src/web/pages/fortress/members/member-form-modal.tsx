import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { MemberDetail, MemberStatus } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { orNull, orUndefined } from '../../../components/form-values.ts';
import { PlacePicker } from '../../../components/place-picker.tsx';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';

type Values = {
  name: string;
  idNumber?: string;
  phone?: string;
  ethnicity?: string;
  education?: string;
  joinedOn?: Dayjs;
  status: MemberStatus;
  convertedOn?: Dayjs | null;
  post?: string;
  orgId?: number;
  householdId?: number | null;
  startReason?: 'join' | 'transfer_in';
  validFrom?: Dayjs | null;
};

type Props = { member: MemberDetail | null; defaultOrgId?: number; onClose: () => void; onSaved: (member: MemberDetail) => void };

/**
 * Registers a member (member null) or edits one. ID and phone are sent only when typed: editing shows them
 * masked and leaves them untouched unless replaced.
 */
export function MemberFormModal({ member, defaultOrgId, onClose, onSaved }: Props) {
  const { m } = useLocale();
  const { access } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const status = Form.useWatch('status', form);
  const isNew = member === null;

  const onFinish = (v: Values) =>
    submit(async () => {
      const saved = isNew
        ? await call(
            api.POST('/api/v1/members', {
              body: {
                name: v.name.trim(),
                idNumber: v.idNumber?.trim() ?? '',
                phone: orUndefined(v.phone?.trim()),
                ethnicity: orUndefined(v.ethnicity?.trim()),
                education: orUndefined(v.education?.trim()),
                joinedOn: toIsoDate(v.joinedOn) ?? '',
                status: v.status,
                convertedOn: v.status === 'full' ? toIsoDate(v.convertedOn) : undefined,
                post: orUndefined(v.post?.trim()),
                orgId: v.orgId ?? 0,
                householdId: orUndefined(v.householdId),
                startReason: v.startReason,
                validFrom: toIsoDate(v.validFrom),
              },
            }),
          )
        : await call(
            api.PATCH('/api/v1/members/{id}', {
              params: { path: { id: member.id } },
              body: {
                name: v.name.trim(),
                idNumber: orUndefined(v.idNumber?.trim()),
                phone: orUndefined(v.phone?.trim()),
                ethnicity: orNull(v.ethnicity?.trim()),
                education: orNull(v.education?.trim()),
                post: orNull(v.post?.trim()),
                householdId: access.canReadPlaces ? orNull(v.householdId) : undefined,
                status: v.status,
                convertedOn: v.status === 'full' ? (toIsoDate(v.convertedOn) ?? null) : null,
              },
            }),
          );
      message.success(isNew ? m.members.created : m.common.saved);
      onSaved(saved);
    });

  const initialValues: Partial<Values> = member
    ? {
        name: member.name,
        ethnicity: member.ethnicity ?? undefined,
        education: member.education ?? undefined,
        status: member.status,
        convertedOn: fromIsoDate(member.convertedOn),
        post: member.post ?? undefined,
        householdId: member.householdId,
      }
    : { status: 'full', startReason: 'join', orgId: defaultOrgId, ethnicity: '汉族' };
  const required = (label: string) => [{ required: true, message: label }];

  return (
    <Modal open title={isNew ? m.members.create : `${m.members.edit} · ${member.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} width={720} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues} data-testid="member-form">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={m.members.name} rules={required(m.members.name)}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="idNumber" label={m.members.idNumber} rules={isNew ? required(m.members.idNumber) : []} extra={isNew ? m.members.idNumberHint : undefined}>
              <Input maxLength={18} placeholder={member?.idNumberMasked} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={m.members.phone}>
              <Input maxLength={20} placeholder={member?.phoneMasked ?? undefined} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="ethnicity" label={m.members.ethnicity}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="education" label={m.members.education}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          {isNew && (
            <Col span={12}>
              <Form.Item name="orgId" label={m.members.org} rules={required(m.members.org)}>
                <OrgPicker allowClear={false} />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item name="post" label={m.members.post}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          {isNew && (
            <Col span={12}>
              <Form.Item name="joinedOn" label={m.members.joinedOn} rules={required(m.members.joinedOn)}>
                <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col span={6}>
            <Form.Item name="status" label={m.members.status} rules={required(m.members.status)}>
              <Select options={(['full', 'probationary'] as const).map((s) => ({ value: s, label: m.memberStatus[s] }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="convertedOn" label={m.members.convertedOn}>
              <DatePicker disabled={status !== 'full'} disabledDate={isAfterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {access.canReadPlaces && (
            <Col span={12}>
              <Form.Item name="householdId" label={m.members.household}>
                <PlacePicker kind="household" placeholder={m.members.pickHousehold} />
              </Form.Item>
            </Col>
          )}
          {isNew && (
            <>
              <Col span={12}>
                <Form.Item name="startReason" label={m.members.startReasonLabel}>
                  <Select options={(['join', 'transfer_in'] as const).map((r) => ({ value: r, label: m.startReason[r] }))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="validFrom" label={m.members.validFrom} extra={m.members.validFromHint}>
                  <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
