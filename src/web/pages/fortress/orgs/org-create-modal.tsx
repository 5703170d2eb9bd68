import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { HostUnitKind, Org, OrgCategory, OrgDetail, OrgKind } from '../../../api/types.ts';
import { isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { childKindsOf, hostUnitKinds, orgCategories } from './org-kinds.ts';

type Values = {
  kind: OrgKind;
  code: string;
  name: string;
  shortName?: string;
  foundedOn: Dayjs;
  category?: OrgCategory;
  hostUnitKind?: HostUnitKind;
  hostUnitName?: string;
};

type Props = { parent: OrgDetail | null; onClose: () => void; onCreated: (org: Org) => void };

/** Founds an org under `parent` (or the park's root working committee); only kinds the rules allow are offered. */
export function OrgCreateModal({ parent, onClose, onCreated }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const kinds = childKindsOf(parent?.kind ?? null);

  const onFinish = (values: Values) =>
    submit(async () => {
      const created = await call(
        api.POST('/api/v1/orgs', {
          body: {
            parentId: parent?.id ?? null,
            kind: values.kind,
            code: values.code.trim(),
            name: values.name.trim(),
            shortName: orUndefined(values.shortName),
            foundedOn: toIsoDate(values.foundedOn) ?? '',
            category: orUndefined(values.category),
            hostUnitKind: orUndefined(values.hostUnitKind),
            hostUnitName: orUndefined(values.hostUnitName),
          },
        }),
      );
      message.success(m.orgs.created);
      onCreated(created);
    });

  return (
    <Modal
      open
      title={parent ? `${m.orgs.createChild} · ${parent.shortName ?? parent.name}` : m.orgs.createRoot}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={submitting}
      okText={m.common.save}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ kind: kinds.length === 1 ? kinds[0] : undefined }} data-testid="org-create-form">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="kind" label={m.orgs.kind} rules={[{ required: true, message: m.orgs.kind }]}>
              <Select options={kinds.map((k) => ({ value: k, label: m.orgKind[k] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="code" label={m.orgs.code} rules={[{ required: true, message: m.orgs.code }, { pattern: /^[A-Za-z0-9_-]{1,40}$/, message: m.orgs.codeRule }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="name" label={m.orgs.name} rules={[{ required: true, message: m.orgs.name }, { min: 2 }]}>
              <Input maxLength={100} placeholder="中共……委员会" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="shortName" label={m.orgs.shortName}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="foundedOn" label={m.orgs.foundedOn} rules={[{ required: true, message: m.orgs.foundedOn }]}>
              <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={m.orgs.category}>
              <Select allowClear options={orgCategories.map((c) => ({ value: c, label: m.orgCategory[c] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="hostUnitKind" label={m.orgs.hostUnitKind}>
              <Select allowClear options={hostUnitKinds.map((k) => ({ value: k, label: m.hostUnitKind[k] }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="hostUnitName" label={m.orgs.hostUnitName}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
