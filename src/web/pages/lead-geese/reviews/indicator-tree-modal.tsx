import { Alert, App, Form, Modal } from 'antd';
import { api, call } from '../../../api/client.ts';
import { useServerErrors } from '../../../components/use-server-errors.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { IndicatorTreeEditor } from './indicator-tree-editor.tsx';
import type { Campaign, CreateCampaign } from './review-types.ts';

/** The manager replaces a campaign's indicator tree, until scores or commitments linked to indicators rest on it. */
export function IndicatorTreeModal({ campaign, onClose, onDone }: { campaign: Campaign; onClose: () => void; onDone: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ indicators: CreateCampaign['indicators'] }>();
  const { submitting, submit } = useServerErrors(form);
  const indicators = campaign.indicators.map((p) => ({ name: p.name, weight: p.weight, children: p.children.map((l) => ({ name: l.name, weight: l.weight, maxScore: l.maxScore })) }));
  return (
    <Modal open width={820} title={`${m.reviews.editTree} · ${campaign.name}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={submitting} okText={m.common.save} destroyOnHidden>
      <Alert type="info" showIcon title={m.reviews.editTreeHint} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ indicators }}
        onFinish={(v) =>
          submit(async () => {
            await call(api.PUT('/api/v1/review-campaigns/{id}/indicators', { params: { path: { id: campaign.id } }, body: { indicators: v.indicators } }));
            message.success(m.common.saved);
            onDone();
          })
        }
      >
        <IndicatorTreeEditor />
      </Form>
    </Modal>
  );
}
