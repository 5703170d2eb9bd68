import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { CoverageKind, Designation, EnterpriseDetail } from '../../../api/types.ts';
import { isAfterToday, todayInPark, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

export const designations: Designation[] = ['above_scale', 'srdi_national', 'srdi_provincial', 'high_tech', 'innovative_sme', 'foreign_funded', 'listed'];

type Props = { unit: EnterpriseDetail; onClose: () => void; onDone: () => void };

function useRecordForm<V extends object>() {
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const { submitting, submit } = useServerErrors(form);
  return { form, submitting, submit, message };
}

/** Records a designation held from a date (and, if known, until a date). */
export function DesignationModal({ unit, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { form, submitting, submit, message } = useRecordForm<{ designation?: Designation; validFrom: Dayjs; validTo?: Dayjs | null; note?: string }>();
  return (
    <Modal open title={`${m.enterprises.addDesignation} · ${unit.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ validFrom: dayjs(todayInPark()) }}
        onFinish={(v) =>
          submit(async () => {
            await call(
              api.POST('/api/v1/enterprises/{id}/designations', {
                params: { path: { id: unit.id } },
                body: { designation: v.designation ?? 'above_scale', validFrom: toIsoDate(v.validFrom) ?? '', validTo: toIsoDate(v.validTo), note: orUndefined(v.note?.trim()) },
              }),
            );
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="designation" label={m.enterprises.designation} rules={[{ required: true, message: m.enterprises.designation }]}>
          <Select options={designations.map((d) => ({ value: d, label: m.designation[d] }))} />
        </Form.Item>
        <Form.Item name="validFrom" label={m.enterprises.validFrom} rules={[{ required: true, message: m.enterprises.validFrom }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validTo" label={m.enterprises.validTo}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={m.common.note}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Links a covering org (own or joint) from a date. */
export function CoverageModal({ unit, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { form, submitting, submit, message } = useRecordForm<{ orgId?: number; kind?: CoverageKind; validFrom: Dayjs }>();
  return (
    <Modal open title={`${m.enterprises.linkOrg} · ${unit.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ validFrom: dayjs(todayInPark()), kind: 'own' }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.POST('/api/v1/enterprises/{id}/coverage', { params: { path: { id: unit.id } }, body: { orgId: v.orgId ?? 0, kind: v.kind ?? 'own', validFrom: toIsoDate(v.validFrom) ?? '' } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="orgId" label={m.enterprises.org} rules={[{ required: true, message: m.enterprises.org }]}>
          <OrgPicker allowClear={false} />
        </Form.Item>
        <Form.Item name="kind" label={m.enterprises.coverageKind} rules={[{ required: true, message: m.enterprises.coverageKind }]}>
          <Select options={(['own', 'joint'] as const).map((k) => ({ value: k, label: m.coverageKind[k] }))} />
        </Form.Item>
        <Form.Item name="validFrom" label={m.enterprises.validFrom} rules={[{ required: true, message: m.enterprises.validFrom }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Adds a contact person; the phone is stored encrypted and shown masked. */
export function ContactModal({ unit, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { form, submitting, submit, message } = useRecordForm<{ name?: string; title?: string; phone?: string }>();
  return (
    <Modal open title={`${m.enterprises.addContact} · ${unit.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          submit(async () => {
            await call(
              api.POST('/api/v1/enterprises/{id}/contacts', {
                params: { path: { id: unit.id } },
                body: { name: v.name?.trim() ?? '', title: orUndefined(v.title?.trim()), phone: orUndefined(v.phone?.trim()) },
              }),
            );
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="name" label={m.enterprises.contactName} rules={[{ required: true, message: m.enterprises.contactName }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="title" label={m.enterprises.contactTitle}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="phone" label={m.enterprises.contactPhone}>
          <Input maxLength={30} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
