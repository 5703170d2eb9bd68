import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../../api/client.ts';
import type { OrgDetail, OrgKind } from '../../../api/types.ts';
import { isAfterToday, parkToday, toIsoDate } from '../../../components/dates.ts';
import { orUndefined } from '../../../components/form-values.ts';
import { OrgPicker } from '../../../components/org-picker.tsx';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { fmt } from '../../../i18n/format.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useKindOptions } from './use-kind-options.ts';

export type DatedChange = 'rename' | 'move' | 'changeKind' | 'dissolve';

type Values = { effectiveOn: Dayjs; note?: string; name?: string; shortName?: string; parentId?: number; kind?: OrgKind };

type Props = { org: OrgDetail; change: DatedChange; onClose: () => void; onDone: (change: DatedChange, values: { parentId?: number }) => void };

/** The changes that carry history: rename, move, change of kind, dissolution, each from an effective date. */
export function OrgDatedChangeModal({ org, change, onClose, onDone }: Props) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useServerErrors(form);
  const kindOptions = useKindOptions(org, change === 'changeKind');

  const onFinish = (values: Values) =>
    submit(async () => {
      const path = { id: org.id };
      const dated = { effectiveOn: toIsoDate(values.effectiveOn) ?? '', note: orUndefined(values.note) };
      if (change === 'rename') {
        await call(api.POST('/api/v1/orgs/{id}/rename', { params: { path }, body: { ...dated, name: values.name?.trim() ?? '', shortName: orUndefined(values.shortName) ?? null } }));
      } else if (change === 'move') {
        await call(api.POST('/api/v1/orgs/{id}/move', { params: { path }, body: { ...dated, parentId: values.parentId ?? 0 } }));
      } else if (change === 'changeKind') {
        await call(api.POST('/api/v1/orgs/{id}/change-kind', { params: { path }, body: { ...dated, kind: values.kind ?? org.kind } }));
      } else {
        await call(api.POST('/api/v1/orgs/{id}/dissolve', { params: { path }, body: dated }));
      }
      message.success(m.common.saved);
      onDone(change, { parentId: values.parentId });
    });

  const titles: Record<DatedChange, string> = { rename: m.orgs.rename, move: m.orgs.move, changeKind: m.orgs.changeKind, dissolve: m.orgs.dissolve };

  return (
    <Modal
      open
      title={`${titles[change]} · ${org.shortName ?? org.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={submitting}
      okText={m.common.save}
      okButtonProps={{ danger: change === 'dissolve' }}
      destroyOnHidden
      width={520}
    >
      {change === 'dissolve' && <Alert type="warning" showIcon title={fmt(m.orgs.dissolveConfirm, { name: org.name })} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ effectiveOn: parkToday(), name: org.name, shortName: org.shortName ?? undefined }} data-testid="org-change-form">
        {change === 'rename' && (
          <>
            <Form.Item name="name" label={m.orgs.newName} rules={[{ required: true, message: m.orgs.newName }, { min: 2 }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="shortName" label={m.orgs.newShortName}>
              <Input maxLength={50} />
            </Form.Item>
          </>
        )}
        {change === 'move' && (
          <Form.Item name="parentId" label={m.orgs.newParent} rules={[{ required: true, message: m.orgs.newParent }]}>
            <OrgPicker excludeId={org.id} allowClear={false} />
          </Form.Item>
        )}
        {change === 'changeKind' && (
          <Form.Item name="kind" label={m.orgs.newKind} rules={[{ required: true, message: m.orgs.newKind }]}>
            <Select loading={kindOptions === undefined} options={(kindOptions ?? []).map((k) => ({ value: k, label: m.orgKind[k] }))} />
          </Form.Item>
        )}
        <Form.Item name="effectiveOn" label={m.common.effectiveOn} rules={[{ required: true, message: m.common.effectiveOn }]}>
          <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={m.common.note}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
