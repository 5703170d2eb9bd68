import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { EnterpriseDetail, UnitKind } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../../components/dates.ts';
import { orNull, orUndefined } from '../../../components/form-values.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Values = {
  uscc: string;
  unitKind: UnitKind;
  name: string;
  address?: string;
  industry?: string;
  registeredCapital?: number | null;
  employees?: number | null;
  foundedOn?: Dayjs | null;
  status?: 'onboarding' | 'active' | 'closed';
  responsibleOrgId?: number;
};

type Props = { unit: EnterpriseDetail | null; onClose: () => void; onSaved: (unit: EnterpriseDetail) => void };

/** Registers a unit (unit null; a new one may start in onboarding) or edits one (active ↔ closed only). */
export function EnterpriseFormModal({ unit, onClose, onSaved }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const isNew = unit === null;

  const onFinish = (v: Values) =>
    submit(async () => {
      const fields = { uscc: v.uscc.trim(), unitKind: v.unitKind, name: v.name.trim(), responsibleOrgId: v.responsibleOrgId ?? 0 };
      const saved = isNew
        ? await call(
            api.POST('/api/v1/enterprises', {
              body: {
                ...fields,
                address: orUndefined(v.address?.trim()),
                industry: orUndefined(v.industry?.trim()),
                registeredCapital: orUndefined(v.registeredCapital),
                employees: orUndefined(v.employees),
                foundedOn: toIsoDate(v.foundedOn),
                status: v.status === 'onboarding' ? 'onboarding' : 'active',
              },
            }),
          )
        : await call(
            api.PATCH('/api/v1/enterprises/{id}', {
              params: { path: { id: unit.id } },
              body: {
                ...fields,
                address: orNull(v.address?.trim()),
                industry: orNull(v.industry?.trim()),
                registeredCapital: orNull(v.registeredCapital),
                employees: orNull(v.employees),
                foundedOn: toIsoDate(v.foundedOn) ?? null,
                status: v.status === 'active' || v.status === 'closed' ? (v.status === unit.status ? undefined : v.status) : undefined,
              },
            }),
          );
      message.success(isNew ? m.enterprises.created : m.common.saved);
      onSaved(saved);
    });

  const initialValues: Partial<Values> = unit
    ? {
        uscc: unit.uscc,
        unitKind: unit.unitKind,
        name: unit.name,
        address: unit.address ?? undefined,
        industry: unit.industry ?? undefined,
        registeredCapital: unit.registeredCapital,
        employees: unit.employees,
        foundedOn: fromIsoDate(unit.foundedOn),
        status: unit.status,
        responsibleOrgId: unit.responsibleOrgId,
      }
    : { unitKind: 'enterprise', status: 'active' };
  const statusOptions = isNew ? (['active', 'onboarding'] as const) : unit.status === 'onboarding' ? (['onboarding'] as const) : (['active', 'closed'] as const);
  const required = (label: string) => [{ required: true, message: label }];

  return (
    <Modal open title={isNew ? m.enterprises.create : `${m.enterprises.edit} · ${unit.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} width={760} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues} data-testid="enterprise-form">
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="name" label={m.enterprises.name} rules={required(m.enterprises.name)}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="unitKind" label={m.enterprises.unitKind} rules={required(m.enterprises.unitKind)}>
              <Select options={(['enterprise', 'social_org'] as const).map((k) => ({ value: k, label: m.unitKind[k] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="uscc" label={m.enterprises.uscc} rules={required(m.enterprises.uscc)} extra={m.enterprises.usccHint}>
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="responsibleOrgId" label={m.enterprises.responsibleOrg} rules={required(m.enterprises.responsibleOrg)}>
              <OrgPicker allowClear={false} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={m.enterprises.address}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="industry" label={m.enterprises.industry}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={m.enterprises.status}>
              <Select options={statusOptions.map((s) => ({ value: s, label: m.enterpriseStatus[s] }))} disabled={statusOptions.length === 1} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="registeredCapital" label={m.enterprises.registeredCapitalYuan}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="employees" label={m.enterprises.employees}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="foundedOn" label={m.enterprises.foundedOn}>
              <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
