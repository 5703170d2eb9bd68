import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { TaskCoreFields } from './task-core-fields.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { RedAction, TaskItemDetail } from './task-types.ts';

/** Opens an org's task list for a year. */
export function ListFormModal({ year, onClose, onDone }: { year: number; onClose: () => void; onDone: (id: number) => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ orgId?: number; year: number; title?: string }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={m.tasks.newList} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year, title: `${year}年度党建工作任务清单` }}
        onFinish={(v) =>
          submit(async () => {
            const list = await call(api.POST('/api/v1/task-lists', { body: { orgId: v.orgId ?? 0, year: v.year, title: v.title?.trim() ?? '' } }));
            message.success(m.common.saved);
            onDone(list.id);
          })
        }
      >
        <Form.Item name="orgId" label={m.tasks.listOrg} rules={[{ required: true, message: m.tasks.listOrg }]}>
          <OrgPicker />
        </Form.Item>
        <Form.Item name="year" label={m.tasks.year} rules={[{ required: true, message: m.tasks.year }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label={m.tasks.listTitle} rules={[{ required: true, message: m.tasks.listTitle }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ItemValues = { title?: string; description?: string; redAction?: RedAction; responsibleOrgId?: number; leadMemberId?: number | null; coOwnerOrgIds?: (number | undefined)[]; dueOn?: Dayjs; weight?: number };

/** The fields of a task item, for a new item (top level or under a parent) or an edit of an existing one. */
export function ItemFormModal({ listId, parentId, item, onClose, onDone }: { listId: number; parentId?: number; item?: TaskItemDetail; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemValues>();
  const { submitting, submit } = useServerErrors(form);
  const initial: ItemValues = item
    ? { title: item.title, description: item.description ?? undefined, redAction: item.redAction, responsibleOrgId: item.responsibleOrg.id, leadMemberId: item.leadMember?.id ?? null, coOwnerOrgIds: item.coOwners.map((c) => c.id), dueOn: dayjs(item.dueOn), weight: item.weight }
    : { weight: 1, coOwnerOrgIds: [] };
  return (
    <Modal open title={item ? m.tasks.editItem : parentId ? m.tasks.newChild : m.tasks.newItem} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} width={640} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        data-testid="task-item-form"
        onFinish={(v) =>
          submit(async () => {
            const fields = {
              title: v.title?.trim() ?? '',
              description: orUndefined(v.description?.trim()) ?? null,
              redAction: v.redAction ?? 'fortress',
              responsibleOrgId: v.responsibleOrgId ?? 0,
              leadMemberId: v.leadMemberId ?? null,
              coOwnerOrgIds: (v.coOwnerOrgIds ?? []).filter((id): id is number => typeof id === 'number'),
              dueOn: toIsoDate(v.dueOn) ?? '',
              weight: v.weight ?? 1,
            };
            if (item) await call(api.PATCH('/api/v1/task-items/{id}', { params: { path: { id: item.id } }, body: fields }));
            else await call(api.POST('/api/v1/task-lists/{id}/items', { params: { path: { id: listId } }, body: { ...fields, ...(parentId ? { parentId } : {}) } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <TaskCoreFields
          beforeDue={
            <Form.List name="coOwnerOrgIds">
              {(fields, { add, remove }) => (
                <Form.Item label={m.tasks.coOwners}>
                  {fields.map((field) => (
                    <Form.Item key={field.key} name={field.name} style={{ marginBottom: 8 }}>
                      <OrgPicker onChange={(id) => (id === undefined ? remove(field.name) : undefined)} />
                    </Form.Item>
                  ))}
                  <a onClick={() => add()}>+ {m.tasks.add}</a>
                </Form.Item>
              )}
            </Form.List>
          }
        />
        <Form.Item name="description" label={m.tasks.description}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The dated actions on an item: report progress, submit, review, reopen. Each posts one request. */
export type ItemAction = 'report' | 'submit' | 'review' | 'reopen';

type DateField = 'reportedOn' | 'submittedOn' | 'reviewedOn' | 'reopenedOn';
type ActionValues = Partial<Record<DateField, Dayjs>> & { progress?: number; outcome?: 'completed' | 'failed'; note?: string };

export function ItemActionModal({ item, action, onClose, onDone }: { item: TaskItemDetail; action: ItemAction; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const { submitting, submit } = useServerErrors(form);
  const titles: Record<ItemAction, string> = { report: m.tasks.report, submit: m.tasks.submit, review: m.tasks.review, reopen: m.tasks.reopen };
  const dateField: Record<ItemAction, DateField> = { report: 'reportedOn', submit: 'submittedOn', review: 'reviewedOn', reopen: 'reopenedOn' };
  const dateLabel: Record<ItemAction, string> = { report: m.tasks.reportedOn, submit: m.tasks.submittedOn, review: m.tasks.reviewedOn, reopen: m.tasks.reopenedOn };
  const outcome = Form.useWatch('outcome', form);
  const path = { params: { path: { id: item.id } } };
  return (
    <Modal open title={`${titles[action]} · ${item.title}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ [dateField[action]]: parkToday(), progress: item.progress, outcome: 'completed' }}
        data-testid="task-action-form"
        onFinish={(v) =>
          submit(async () => {
            const on = toIsoDate(v[dateField[action]]) ?? '';
            const note = orUndefined(v.note?.trim());
            if (action === 'report') await call(api.POST('/api/v1/task-items/{id}/progress', { ...path, body: { progress: v.progress ?? 0, reportedOn: on, note } }));
            if (action === 'submit') await call(api.POST('/api/v1/task-items/{id}/submit', { ...path, body: { submittedOn: on, note } }));
            if (action === 'review') await call(api.POST('/api/v1/task-items/{id}/review', { ...path, body: { outcome: v.outcome ?? 'completed', reviewedOn: on, note } }));
            if (action === 'reopen') await call(api.POST('/api/v1/task-items/{id}/reopen', { ...path, body: { reopenedOn: on, note: note ?? '' } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        {action === 'report' && (
          <Form.Item name="progress" label={m.tasks.progress} rules={[{ required: true, message: m.tasks.progress }]}>
            <InputNumber min={0} max={100} precision={0} addonAfter="%" style={{ width: '100%' }} />
          </Form.Item>
        )}
        {action === 'review' && (
          <Form.Item name="outcome" label={m.tasks.outcome} rules={[{ required: true, message: m.tasks.outcome }]}>
            <Select options={(['completed', 'failed'] as const).map((o) => ({ value: o, label: m.reviewOutcome[o] }))} />
          </Form.Item>
        )}
        <Form.Item name={dateField[action]} label={dateLabel[action]} rules={[{ required: true, message: dateLabel[action] }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={action === 'reopen' ? m.tasks.reason : m.tasks.note} rules={action === 'reopen' || (action === 'review' && outcome === 'failed') ? [{ required: true, message: m.tasks.reason }] : []}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
