import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import { isAfterToday, todayInPark, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { useRequest } from '../../../components/use-request.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Unit = { id: number; name: string };
type Props = { unit: Unit; onClose: () => void; onDone: () => void };

/**
 * Assigns an instructor to a unit from a date. The API offers no list of users holding the instructor role to
 * a park admin (users.read belongs to the security admin), so the choice is among the instructors already
 * assigned somewhere in the caller's scope.
 */
export function AssignInstructorModal({ unit, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ instructorUserId?: number; validFrom: Dayjs }>();
  const { submitting, submit } = useServerErrors(form);
  const known = useRequest(async () => {
    const answer = await call(api.GET('/api/v1/instructor-assignments', { params: { query: { pageSize: 200 } } }));
    const names = new Map<number, string>();
    for (const a of answer.items) names.set(a.instructorUserId, a.instructorName);
    return [...names].map(([value, label]) => ({ value, label }));
  }, []);
  return (
    <Modal open title={`${m.coverage.assign} · ${unit.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ validFrom: dayjs(todayInPark()) }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.POST('/api/v1/instructor-assignments', { body: { instructorUserId: v.instructorUserId ?? 0, enterpriseId: unit.id, validFrom: toIsoDate(v.validFrom) ?? '' } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="instructorUserId" label={m.coverage.instructor} rules={[{ required: true, message: m.coverage.pickInstructor }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={known.isLoading} options={known.data ?? []} placeholder={m.coverage.pickInstructor} />
        </Form.Item>
        <Form.Item name="validFrom" label={m.enterprises.validFrom} rules={[{ required: true, message: m.enterprises.validFrom }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Logs one's own guidance visit to a unit one is assigned to. */
export function LogVisitModal({ unit, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ visitedOn: Dayjs; topics?: string; findings?: string; followUps?: string }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={`${m.coverage.logVisit} · ${unit.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ visitedOn: dayjs(todayInPark()) }}
        onFinish={(v) =>
          submit(async () => {
            await call(
              api.POST('/api/v1/guidance-visits', {
                body: {
                  enterpriseId: unit.id,
                  visitedOn: toIsoDate(v.visitedOn) ?? '',
                  topics: v.topics?.trim() ?? '',
                  findings: orUndefined(v.findings?.trim()),
                  followUps: orUndefined(v.followUps?.trim()),
                },
              }),
            );
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="visitedOn" label={m.coverage.visitedOn} rules={[{ required: true, message: m.coverage.visitedOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="topics" label={m.coverage.topics} rules={[{ required: true, message: m.coverage.topics }]}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
        <Form.Item name="findings" label={m.coverage.findings}>
          <Input.TextArea maxLength={4000} rows={2} />
        </Form.Item>
        <Form.Item name="followUps" label={m.coverage.followUps}>
          <Input.TextArea maxLength={4000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
