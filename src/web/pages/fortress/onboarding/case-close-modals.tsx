import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Result, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { api, call } from '../../../api/client.ts';
import type { CompletedOnboardingCase, OnboardingCase } from '../../../api/types.ts';
import { isAfterToday, todayInPark, toIsoDate } from '../../../components/dates.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';

/**
 * Completes a case whose steps are all finished. The enterprise becomes active; where members work there and it
 * has no org of its own, the server's prompt (found a branch / join a joint branch) is shown before closing.
 */
export function CaseCompleteModal({ item, onClose, onDone }: { item: OnboardingCase; onClose: () => void; onDone: () => void }) {
  const { m, locale } = useLocale();
  const { access } = useSession();
  const [form] = Form.useForm<{ completedOn: Dayjs }>();
  const { submitting, submit } = useServerErrors(form);
  const [completed, setCompleted] = useState<CompletedOnboardingCase | null>(null);

  const onFinish = (v: { completedOn: Dayjs }) =>
    submit(async () => {
      const answer = await call(api.POST('/api/v1/onboarding-cases/{id}/complete', { params: { path: { id: item.id } }, body: { completedOn: toIsoDate(v.completedOn) ?? '' } }));
      // The drawer reloads only when this result is closed: reloading now would unmount it before it is read.
      setCompleted(answer);
    });

  if (completed) {
    const prompt = completed.orgPrompt;
    const closeAndReload = () => {
      onDone();
      onClose();
    };
    return (
      <Modal open title={m.onboarding.complete} onCancel={closeAndReload} footer={<Button type="primary" onClick={closeAndReload} data-testid="case-completed-close">{m.common.close}</Button>} destroyOnHidden>
        <Result status="success" title={m.onboarding.completed} subTitle={`${completed.enterpriseName} · ${completed.overall[locale === 'en-US' ? 'labelEn' : 'label']}`} style={{ padding: '16px 0' }} data-testid="case-completed" />
        {prompt && (
          <Alert
            type="warning"
            showIcon
            data-testid="org-prompt"
            title={`${m.onboarding.orgPromptTitle}：${prompt.suggestion === 'found_branch' ? m.onboarding.foundBranch : m.onboarding.joinJointBranch}`}
            description={
              <>
                <Typography.Paragraph style={{ marginBottom: 4 }}>{prompt.message}</Typography.Paragraph>
                {access.canWriteOrgs && <Link to="/fortress/orgs">{m.menu.orgs}</Link>}
              </>
            }
          />
        )}
      </Modal>
    );
  }
  return (
    <Modal open title={`${m.onboarding.complete} · ${item.enterpriseName}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.onboarding.complete} destroyOnHidden>
      <Alert type="info" showIcon title={m.onboarding.completeHint} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ completedOn: dayjs(todayInPark()) }} data-testid="case-complete-form">
        <Form.Item name="completedOn" label={m.onboarding.completedOn} rules={[{ required: true, message: m.onboarding.completedOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Cancels an open case with a reason. */
export function CaseCancelModal({ item, onClose, onDone }: { item: OnboardingCase; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const { submitting, submit } = useServerErrors(form);

  const onFinish = (v: { note?: string }) =>
    submit(async () => {
      await call(api.POST('/api/v1/onboarding-cases/{id}/cancel', { params: { path: { id: item.id } }, body: { note: v.note?.trim() ?? '' } }));
      message.success(m.common.saved);
      onDone();
    });

  return (
    <Modal open title={`${m.onboarding.cancel} · ${item.enterpriseName}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} okButtonProps={{ danger: true }} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="note" label={m.onboarding.cancelReason} rules={[{ required: true, message: m.onboarding.cancelReason }]}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
