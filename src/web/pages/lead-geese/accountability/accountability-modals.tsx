import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Spin, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { AccountabilityRecord } from '../tasks/task-types.ts';

type Props = { record: AccountabilityRecord; onClose: () => void; onDone: () => void };

/** Decides an open record: upheld, or waived with a reason. */
export function DecideModal({ record, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ decision?: 'upheld' | 'waived'; decidedOn: Dayjs; note?: string }>();
  const { submitting, submit } = useServerErrors(form);
  const decision = Form.useWatch('decision', form);
  return (
    <Modal open title={`${m.tasks.decide} · ${record.itemTitle}（${record.level.name}）`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ decidedOn: parkToday(), decision: 'upheld' }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.POST('/api/v1/accountability-records/{id}/decide', { params: { path: { id: record.id } }, body: { decision: v.decision ?? 'upheld', decidedOn: toIsoDate(v.decidedOn) ?? '', note: orUndefined(v.note?.trim()) } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="decision" label={m.tasks.decision} rules={[{ required: true, message: m.tasks.decision }]}>
          <Select options={(['upheld', 'waived'] as const).map((d) => ({ value: d, label: m.accountabilityDecision[d] }))} />
        </Form.Item>
        <Form.Item name="decidedOn" label={m.tasks.decidedOn} rules={[{ required: true, message: m.tasks.decidedOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={m.tasks.reason} rules={decision === 'waived' ? [{ required: true, message: m.tasks.waiveNeedsNote }] : []}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Escalates an open record to the next level of the ladder. */
export function EscalateModal({ record, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ escalatedOn: Dayjs; note?: string }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={`${m.tasks.escalate} · ${record.itemTitle}（${record.level.name}）`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ escalatedOn: parkToday() }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.POST('/api/v1/accountability-records/{id}/escalate', { params: { path: { id: record.id } }, body: { escalatedOn: toIsoDate(v.escalatedOn) ?? '', note: orUndefined(v.note?.trim()) } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="escalatedOn" label={m.tasks.escalatedOn} rules={[{ required: true, message: m.tasks.escalatedOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={m.tasks.reason}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The park's ladder, lowest first; saving replaces it (park-wide tasks.write; others get the server's 403). */
export function LadderModal({ onClose }: { onClose: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const ladder = useRequest(() => call(api.GET('/api/v1/accountability-levels')), []);
  const [form] = Form.useForm<{ levels: { code?: string; name?: string }[] }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={m.tasks.ladder} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      {ladder.error ? (
        <LoadError error={ladder.error} onRetry={ladder.reload} />
      ) : !ladder.data ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ levels: ladder.data.levels.map((l) => ({ code: l.code, name: l.name })) }}
          onFinish={(v) =>
            submit(async () => {
              await call(api.PUT('/api/v1/accountability-levels', { body: { levels: v.levels.map((l) => ({ code: l.code?.trim() ?? '', name: l.name?.trim() ?? '' })) } }));
              message.success(m.common.saved);
              onClose();
            })
          }
        >
          <Typography.Paragraph type="secondary">
            {m.tasks.ladderHint}
            {ladder.data.isDefault ? ` · ${m.tasks.defaultLadder}` : ''}
          </Typography.Paragraph>
          <Form.List name="levels">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'code']} rules={[{ required: true, message: m.tasks.levelCode }]}>
                      <Input placeholder={m.tasks.levelCode} style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: m.tasks.levelName }]}>
                      <Input placeholder={m.tasks.levelName} style={{ width: 200 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
                  {m.tasks.addLevel}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}
