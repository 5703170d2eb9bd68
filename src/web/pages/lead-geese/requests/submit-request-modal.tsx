import { useEffect } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { api, call } from '../../../api/client.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { toAttachment } from './request-attachment.ts';
import type { AttachmentBody, RequestCategory } from './request-types.ts';

type Values = { enterpriseId?: number | null; categoryCode?: string; title?: string; description?: string; files?: FileList };
type Props = { categories: RequestCategory[]; onClose: () => void; onDone: (id: number) => void };

/** Submits a request for an enterprise in the caller's reach; an enterprise contact's own enterprise is preset. */
export function SubmitRequestModal({ categories, onClose, onDone }: Props) {
  const { m, locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const reachable = useRequest(() => call(api.GET('/api/v1/request-enterprises', { params: { query: {} } })), []);
  useEffect(() => {
    // An enterprise contact reaches one enterprise: theirs.
    if (reachable.data?.items.length === 1 && !form.getFieldValue('enterpriseId')) form.setFieldValue('enterpriseId', reachable.data.items[0].id);
  }, [reachable.data]);
  return (
    <Modal open title={m.requests.submit} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.requests.submit} destroyOnHidden width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="request-submit-form"
        onFinish={(v) =>
          submit(async () => {
            const attachments: AttachmentBody[] = [];
            for (const file of Array.from(v.files ?? [])) {
              const a = await toAttachment(file);
              if (a === 'too_large' || a === 'bad_type') {
                form.setFields([{ name: 'files', errors: [a === 'too_large' ? m.requests.attachmentTooLarge : m.requests.attachmentBadType] }]);
                return;
              }
              attachments.push(a);
            }
            const created = await call(
              api.POST('/api/v1/requests', {
                body: { enterpriseId: v.enterpriseId ?? 0, categoryCode: v.categoryCode ?? '', title: v.title?.trim() ?? '', description: v.description?.trim() ?? '', ...(attachments.length ? { attachments } : {}) },
              }),
            );
            message.success(m.requests.submitted);
            onDone(created.id);
          })
        }
      >
        <Form.Item name="enterpriseId" label={m.requests.enterprise} rules={[{ required: true, message: m.requests.enterpriseRequired }]}>
          <RemoteSelect
            placeholder={m.requests.pickEnterprise}
            search={async (q) => (await call(api.GET('/api/v1/request-enterprises', { params: { query: { q: q || undefined } } }))).items.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }))}
            describe={async (id) => {
              const found = reachable.data?.items.find((e) => e.id === id);
              return { value: id, label: found ? found.name : `#${id}` };
            }}
          />
        </Form.Item>
        <Form.Item name="categoryCode" label={m.requests.category} rules={[{ required: true, message: m.requests.categoryRequired }]}>
          <Select
            data-testid="request-category"
            options={categories.filter((c) => c.isActive).map((c) => ({ value: c.code, label: `${locale === 'en-US' ? c.nameEn : c.nameZh}（${c.responseHours}h / ${c.resolutionDays}d）` }))}
          />
        </Form.Item>
        <Form.Item name="title" label={m.requests.title} rules={[{ required: true, min: 2, message: m.requests.titleRequired }]}>
          <Input maxLength={100} data-testid="request-title" />
        </Form.Item>
        <Form.Item name="description" label={m.requests.description} rules={[{ required: true, min: 2, message: m.requests.descriptionRequired }]}>
          <Input.TextArea rows={4} maxLength={4000} data-testid="request-description" />
        </Form.Item>
        <Form.Item name="files" label={m.requests.attachments} valuePropName="files" getValueFromEvent={(e: { target: HTMLInputElement }) => e.target.files ?? undefined}>
          <input type="file" multiple accept=".pdf,.png,.jpg,.jpeg,.txt,.docx,.xlsx" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
