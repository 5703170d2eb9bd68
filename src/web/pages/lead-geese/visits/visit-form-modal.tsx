import { useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { EnterprisePicker } from '../../../components/enterprise-picker.tsx';
import { PlacePicker } from '../../../components/place-picker.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';

type Values = { visitedOn?: Dayjs | null; enterpriseId?: number | null; placeId?: number | null; linkId?: number | null; peopleMet?: string; findings?: string };

/**
 * Logs the caller's own visit to an enterprise or a place. A cadre's pairings in force are offered as the link,
 * and picking one fills in its enterprise.
 */
export function VisitFormModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { me } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const [target, setTarget] = useState<'enterprise' | 'place'>('enterprise');
  const pairings = useRequest(
    async () => (me ? call(api.GET('/api/v1/contact-links', { params: { query: { kind: 'cadre_enterprise', userId: me.userId, pageSize: 200 } } })) : null),
    [me?.userId],
  );
  const required = (label: string) => [{ required: true, message: label }];
  return (
    <Modal open width={640} title={m.contacts.logVisit} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        data-testid="visit-form"
        initialValues={{ visitedOn: parkToday() }}
        onFinish={(v) =>
          submit(async () => {
            await call(
              api.POST('/api/v1/contact-visits', {
                body: {
                  visitedOn: toIsoDate(v.visitedOn) ?? '',
                  enterpriseId: target === 'enterprise' ? (v.enterpriseId ?? undefined) : undefined,
                  placeId: target === 'place' ? (v.placeId ?? undefined) : undefined,
                  linkId: v.linkId ?? undefined,
                  peopleMet: v.peopleMet?.trim() ?? '',
                  findings: v.findings?.trim() ?? '',
                },
              }),
            );
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="visitedOn" label={m.contacts.visitedOn} rules={required(m.contacts.visitedOn)}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={m.contacts.targetKind}>
          <Radio.Group value={target} onChange={(e) => setTarget(e.target.value)} optionType="button" options={[{ value: 'enterprise', label: m.contacts.enterprise }, { value: 'place', label: m.contacts.place }]} />
        </Form.Item>
        {target === 'enterprise' ? (
          <>
            {(pairings.data?.items.length ?? 0) > 0 && (
              <Form.Item name="linkId" label={m.contacts.viaLink}>
                <Select
                  allowClear
                  placeholder={m.contacts.noLink}
                  options={(pairings.data?.items ?? []).map((l) => ({ value: l.id, label: l.enterpriseName ?? `#${l.id}` }))}
                  onChange={(id: number | undefined) => {
                    const picked = pairings.data?.items.find((l) => l.id === id);
                    if (picked?.enterpriseId) form.setFieldValue('enterpriseId', picked.enterpriseId);
                  }}
                />
              </Form.Item>
            )}
            <Form.Item name="enterpriseId" label={m.contacts.enterprise} rules={required(m.contacts.enterprise)}>
              <EnterprisePicker />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="placeId" label={m.contacts.place} rules={required(m.contacts.place)}>
            <PlacePicker />
          </Form.Item>
        )}
        <Form.Item name="peopleMet" label={m.contacts.peopleMet} rules={required(m.contacts.peopleMet)}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="findings" label={m.contacts.findings} rules={required(m.contacts.findings)}>
          <Input.TextArea maxLength={4000} rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
