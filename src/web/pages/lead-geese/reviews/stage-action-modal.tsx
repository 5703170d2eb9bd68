import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { todayInPark, toIsoDate } from '../../../components/dates.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { type Cycle, type ReviewStage, reviewStages } from './review-types.ts';

type Props = { cycle: Cycle; kind: 'close' | 'reopen'; onClose: () => void; onDone: () => void };

/** The manager closes an open stage (also overdue), or reopens a closed one with a reason and a new deadline. */
export function StageActionModal({ cycle, kind, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ stage?: ReviewStage; reason?: string; dueOn?: Dayjs }>();
  const { submitting, submit } = useServerErrors(form);
  const label: Record<ReviewStage, string> = { commitments: m.reviews.stageCommitments, report: m.reviews.stageReport, scoring: m.reviews.stageScoring };
  const choices = reviewStages.filter((s) => (kind === 'close' ? cycle.stages[s].status === 'open' || cycle.stages[s].status === 'overdue' : cycle.stages[s].closedOn !== null));
  return (
    <Modal open title={kind === 'close' ? m.reviews.closeStage : m.reviews.reopen} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Alert type={kind === 'close' ? 'info' : 'warning'} showIcon title={kind === 'close' ? m.reviews.closeStageHint : m.reviews.reopenHint} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ stage: kind === 'reopen' ? choices.at(-1) : choices[0] }}
        onFinish={(v) =>
          submit(async () => {
            const path = { id: cycle.id };
            const stage = v.stage ?? 'commitments';
            if (kind === 'close') await call(api.POST('/api/v1/review-cycles/{id}/close', { params: { path }, body: { stage } }));
            else await call(api.POST('/api/v1/review-cycles/{id}/reopen', { params: { path }, body: { stage, reason: v.reason?.trim() ?? '', dueOn: toIsoDate(v.dueOn) ?? '' } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="stage" label={m.reviews.stage} rules={[{ required: true, message: m.reviews.stage }]}>
          <Select options={choices.map((s) => ({ value: s, label: label[s] }))} />
        </Form.Item>
        {kind === 'reopen' && (
          <>
            <Form.Item name="reason" label={m.reviews.reason} rules={[{ required: true, min: 2, message: m.reviews.reason }]}>
              <Input.TextArea maxLength={500} rows={2} />
            </Form.Item>
            <Form.Item name="dueOn" label={m.reviews.newDue} rules={[{ required: true, message: m.reviews.newDue }]}>
              <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') < todayInPark()} defaultPickerValue={dayjs(todayInPark())} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
