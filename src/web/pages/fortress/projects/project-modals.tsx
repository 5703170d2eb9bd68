import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { ProjectDetail, ProjectNoteCategory, ProjectNoteKind, ProjectStage } from '../../../api/types.ts';
import { isAfterToday, todayInPark, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

export const stages: ProjectStage[] = ['negotiating', 'signed', 'registered', 'started', 'in_production'];
const categories: ProjectNoteCategory[] = ['land', 'energy', 'finance', 'labour', 'approval', 'other'];

type Props = { project: ProjectDetail; onClose: () => void; onDone: () => void };

/** Moves a project to another stage on a date; moving back asks for the reason the server requires. */
export function StageChangeModal({ project, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ toStage?: ProjectStage; changedOn: Dayjs; reason?: string }>();
  const { submitting, submit } = useServerErrors(form);
  const toStage = Form.useWatch('toStage', form);
  const isBack = toStage !== undefined && stages.indexOf(toStage) < stages.indexOf(project.currentStage);
  return (
    <Modal open title={`${m.projects.changeStage} · ${project.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ changedOn: dayjs(todayInPark()) }}
        data-testid="stage-change-form"
        onFinish={(v) =>
          submit(async () => {
            await call(
              api.POST('/api/v1/projects/{id}/stage', {
                params: { path: { id: project.id } },
                body: { toStage: v.toStage ?? project.currentStage, changedOn: toIsoDate(v.changedOn) ?? '', reason: orUndefined(v.reason?.trim()) },
              }),
            );
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item label={m.projects.stage}>{m.projectStage[project.currentStage]}</Form.Item>
        <Form.Item name="toStage" label={m.projects.toStage} rules={[{ required: true, message: m.projects.toStage }]}>
          <Select options={stages.filter((s) => s !== project.currentStage).map((s) => ({ value: s, label: m.projectStage[s] }))} />
        </Form.Item>
        <Form.Item name="changedOn" label={m.projects.changedOn} rules={[{ required: true, message: m.projects.changedOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={m.projects.reason} rules={isBack ? [{ required: true, message: m.projects.reasonRequired }] : []} extra={isBack ? m.projects.reasonRequired : undefined}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Adds a service log entry, a blocker or a factor need (the last two with a category). */
export function NoteModal({ project, kind, title, onClose, onDone }: Props & { kind: ProjectNoteKind; title: string }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ category?: ProjectNoteCategory; content?: string; notedOn: Dayjs }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={`${title} · ${project.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ notedOn: dayjs(todayInPark()) }}
        onFinish={(v) =>
          submit(async () => {
            await call(
              api.POST('/api/v1/projects/{id}/notes', {
                params: { path: { id: project.id } },
                body: { kind, category: kind === 'service_log' ? undefined : v.category, content: v.content?.trim() ?? '', notedOn: toIsoDate(v.notedOn) ?? '' },
              }),
            );
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        {kind !== 'service_log' && (
          <Form.Item name="category" label={m.projects.category} rules={[{ required: true, message: m.projects.category }]}>
            <Select options={categories.map((c) => ({ value: c, label: m.noteCategory[c] }))} />
          </Form.Item>
        )}
        <Form.Item name="content" label={m.projects.content} rules={[{ required: true, message: m.projects.content }]}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
        <Form.Item name="notedOn" label={m.projects.notedOn} rules={[{ required: true, message: m.projects.notedOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
