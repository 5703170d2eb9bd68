import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { MemberPicker } from '../../../components/member-picker.tsx';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useRequest } from '../../../components/use-request.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { TaskCoreFields } from '../tasks/task-core-fields.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { MeetingDetail, RedAction } from '../tasks/task-types.ts';

const lines = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/** Records a joint meeting: holder, date, attendees (members and named units), agenda and decisions (one per line). */
export function MeetingFormModal({ onClose, onDone }: { onClose: () => void; onDone: (id: number) => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ orgId?: number; heldOn: Dayjs; title?: string; location?: string; memberIds?: (number | null)[]; units?: string; agenda?: string; decisions?: string }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={m.tasks.newMeeting} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} width={640} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ heldOn: parkToday(), memberIds: [null] }}
        onFinish={(v) =>
          submit(async () => {
            const attendees = [...(v.memberIds ?? []).flatMap((id) => (id ? [{ memberId: id }] : [])), ...lines(v.units).map((name) => ({ name }))];
            const meeting = await call(
              api.POST('/api/v1/joint-meetings', {
                body: { orgId: v.orgId ?? 0, heldOn: toIsoDate(v.heldOn) ?? '', title: v.title?.trim() ?? '', location: orUndefined(v.location?.trim()), agenda: lines(v.agenda), attendees, decisions: lines(v.decisions) },
              }),
            );
            message.success(m.common.saved);
            onDone(meeting.id);
          })
        }
      >
        <Form.Item name="orgId" label={m.tasks.holder} rules={[{ required: true, message: m.tasks.holder }]}>
          <OrgPicker />
        </Form.Item>
        <Form.Item name="title" label={m.tasks.meetingTitle} rules={[{ required: true, message: m.tasks.meetingTitle }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="heldOn" label={m.tasks.heldOn} rules={[{ required: true, message: m.tasks.heldOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="location" label={m.tasks.location}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.List name="memberIds">
          {(fields, { add }) => (
            <Form.Item label={m.tasks.attendeeMembers}>
              {fields.map((field) => (
                <Form.Item key={field.key} name={field.name} style={{ marginBottom: 8 }}>
                  <MemberPicker />
                </Form.Item>
              ))}
              <a onClick={() => add(null)}>+ {m.tasks.add}</a>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="units" label={m.tasks.attendeeUnits}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="agenda" label={m.tasks.agenda} rules={[{ required: true, message: m.tasks.agenda }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="decisions" label={m.tasks.decisions}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Makes one task from a decision on a chosen list of the meeting's year (the item remembers the decision). */
export function DecisionTasksModal({ meeting, decision, onClose, onDone }: { meeting: MeetingDetail; decision: MeetingDetail['decisions'][number]; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const year = Number(meeting.heldOn.slice(0, 4));
  const lists = useRequest(() => call(api.GET('/api/v1/task-lists', { params: { query: { year } } })), [year]);
  const [form] = Form.useForm<{ listId?: number; title?: string; redAction?: RedAction; responsibleOrgId?: number; leadMemberId?: number | null; dueOn?: Dayjs; weight?: number }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={`${m.tasks.toTasks} · ${decision.seq}. ${decision.content}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} width={640} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ title: decision.content.slice(0, 200), weight: 1 }}
        onFinish={(v) =>
          submit(async () => {
            await call(
              api.POST('/api/v1/meeting-decisions/{id}/tasks', {
                params: { path: { id: decision.id } },
                body: { listId: v.listId ?? 0, items: [{ title: v.title?.trim() ?? '', redAction: v.redAction ?? 'leadGeese', responsibleOrgId: v.responsibleOrgId ?? 0, leadMemberId: v.leadMemberId ?? null, dueOn: toIsoDate(v.dueOn) ?? '', weight: v.weight ?? 1 }] },
              }),
            );
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="listId" label={m.tasks.targetList} rules={[{ required: true, message: m.tasks.targetList }]}>
          <Select loading={lists.isLoading} options={(lists.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.title}（${l.orgName}）` }))} />
        </Form.Item>
        <TaskCoreFields />
      </Form>
    </Modal>
  );
}
