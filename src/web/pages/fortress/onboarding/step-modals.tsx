import { App, Form, Input, Modal } from 'antd';
import { api, call } from '../../../api/client.ts';
import type { OnboardingStep, StepStatus } from '../../../api/types.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

export type NotesMode = { kind: 'notes' } | { kind: 'status'; to: StepStatus; title: string };

/** Notes on a step; also the reason a skip or a reopening needs (the status change and its reason in one call). */
export function StepNotesModal({ step, mode, onClose, onDone }: { step: OnboardingStep; mode: NotesMode; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ notes?: string }>();
  const { submitting, submit } = useServerErrors(form);
  const isReason = mode.kind === 'status';

  const onFinish = (v: { notes?: string }) =>
    submit(async () => {
      await call(
        api.PATCH('/api/v1/onboarding-steps/{id}', {
          params: { path: { id: step.id } },
          body: { notes: v.notes?.trim() ?? '', status: mode.kind === 'status' ? mode.to : undefined },
        }),
      );
      message.success(m.common.saved);
      onDone();
    });

  return (
    <Modal open title={`${isReason ? mode.title : m.onboarding.editNotes} · ${step.title}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ notes: isReason ? undefined : (step.notes ?? undefined) }} data-testid="step-notes-form">
        <Form.Item name="notes" label={m.onboarding.notes} rules={[{ required: true, message: isReason ? m.onboarding.notesRequired : m.onboarding.notes }]}>
          <Input.TextArea maxLength={1000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Hands a step to another department; the hand-off is kept on the step. */
export function StepHandoffModal({ step, onClose, onDone }: { step: OnboardingStep; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ toDepartment?: string; note?: string }>();
  const { submitting, submit } = useServerErrors(form);

  const onFinish = (v: { toDepartment?: string; note?: string }) =>
    submit(async () => {
      await call(
        api.POST('/api/v1/onboarding-steps/{id}/handoff', {
          params: { path: { id: step.id } },
          body: { toDepartment: v.toDepartment?.trim() ?? '', note: orUndefined(v.note?.trim()) },
        }),
      );
      message.success(m.common.saved);
      onDone();
    });

  return (
    <Modal open title={`${m.onboarding.handOff} · ${step.title}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid="step-handoff-form">
        <Form.Item label={m.onboarding.ownerDepartment}>{step.ownerDepartment}</Form.Item>
        <Form.Item name="toDepartment" label={m.onboarding.toDepartment} rules={[{ required: true, message: m.onboarding.toDepartment }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="note" label={m.onboarding.handoffNote}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
