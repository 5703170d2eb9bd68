import { App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { ProjectDetail } from '../../../api/types.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { UserPicker } from '../../../components/user-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';

type Props = { project: ProjectDetail; onClose: () => void; onDone: () => void };

/** Makes a cadre the project's chief service officer from a day; the current officer's service ends that day. */
export function AssignOfficerModal({ project, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ userId?: number | null; validFrom?: Dayjs | null }>();
  const { submitting, submit } = useServerErrors(form);
  return (
    <Modal open title={`${m.projects.assignOfficer} · ${project.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        data-testid="assign-officer-form"
        initialValues={{ validFrom: parkToday() }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.POST('/api/v1/projects/{id}/officers', { params: { path: { id: project.id } }, body: { userId: v.userId ?? 0, validFrom: toIsoDate(v.validFrom) ?? '' } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <Form.Item name="userId" label={m.projects.officer} rules={[{ required: true, message: m.projects.pickOfficer }]}>
          <UserPicker role="cadre" placeholder={m.projects.pickOfficer} />
        </Form.Item>
        <Form.Item name="validFrom" label={m.projects.from} rules={[{ required: true, message: m.projects.from }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
