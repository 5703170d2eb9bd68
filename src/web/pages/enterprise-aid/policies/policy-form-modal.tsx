import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { PolicyDetail, PolicyTopic, RedAction } from '../../../api/types.ts';
import { fromIsoDate, isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { orNull, orUndefined } from '../../../components/form-values.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { measuresFromText, policyTopics, redActions } from './policy-options.ts';

type Values = {
  orgId?: number;
  docNumber?: string;
  title?: string;
  issuer?: string;
  topic?: PolicyTopic;
  redAction?: RedAction | null;
  summary?: string;
  issuedOn?: Dayjs | null;
  measures?: string;
};

type Props = { policy: PolicyDetail | null; onClose: () => void; onDone: (id: number) => void };

/** Records a policy document with its measures (policy null), or corrects one's fields. */
export function PolicyFormModal({ policy, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const isNew = policy === null;
  const required = (label: string) => [{ required: true, message: label }];
  return (
    <Modal open width={720} title={isNew ? m.policies.create : `${m.policies.edit} · ${policy.title}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        data-testid="policy-form"
        initialValues={
          policy
            ? { docNumber: policy.docNumber ?? undefined, title: policy.title, issuer: policy.issuer, topic: policy.topic, redAction: policy.redAction, summary: policy.summary ?? undefined, issuedOn: fromIsoDate(policy.issuedOn) }
            : { issuedOn: parkToday(), topic: 'other', redAction: null }
        }
        onFinish={(v) =>
          submit(async () => {
            const fields = {
              docNumber: isNew ? orUndefined(v.docNumber?.trim()) : orNull(v.docNumber?.trim()),
              title: v.title?.trim() ?? '',
              issuer: v.issuer?.trim() ?? '',
              topic: v.topic ?? 'other',
              redAction: v.redAction ?? null,
              summary: isNew ? orUndefined(v.summary?.trim()) : orNull(v.summary?.trim()),
              issuedOn: toIsoDate(v.issuedOn) ?? '',
            };
            const saved = policy
              ? await call(api.PATCH('/api/v1/policies/{id}', { params: { path: { id: policy.id } }, body: fields }))
              : await call(api.POST('/api/v1/policies', { body: { ...fields, orgId: v.orgId ?? 0, measures: measuresFromText(v.measures) } }));
            message.success(m.common.saved);
            onDone(saved.id);
          })
        }
      >
        {isNew && (
          <Form.Item name="orgId" label={m.policies.org} rules={required(m.policies.org)}>
            <OrgPicker />
          </Form.Item>
        )}
        <Form.Item name="title" label={m.policies.title} rules={required(m.policies.title)}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="docNumber" label={m.policies.docNumber}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="issuer" label={m.policies.issuer} rules={required(m.policies.issuer)}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="topic" label={m.policies.topic} rules={required(m.policies.topic)}>
          <Select options={policyTopics.map((t) => ({ value: t, label: m.policyTopic[t] }))} />
        </Form.Item>
        <Form.Item name="redAction" label={m.policies.redAction}>
          <Select options={[{ value: null, label: m.policies.noRedAction }, ...redActions.map((a) => ({ value: a, label: m.redAction[a] }))]} />
        </Form.Item>
        <Form.Item name="issuedOn" label={m.policies.issuedOn} rules={required(m.policies.issuedOn)}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="summary" label={m.policies.summary}>
          <Input.TextArea maxLength={2000} rows={2} />
        </Form.Item>
        {isNew && (
          <Form.Item name="measures" label={m.policies.measures} extra={m.policies.measuresHint} rules={required(m.policies.measures)}>
            <Input.TextArea rows={8} data-testid="policy-measures-input" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
