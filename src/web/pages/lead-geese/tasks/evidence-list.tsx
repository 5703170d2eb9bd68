import { useState } from 'react';
import { App, Button, Flex, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ApiError, api, call } from '../../../api/client.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { TaskItemDetail } from './task-types.ts';

type Evidence = TaskItemDetail['evidence'][number];
const maxBytes = 2 * 1024 * 1024;

/** Reads a picked file as base64 (the API takes evidence as base64 in JSON). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** An item's evidence files: download links, and an upload for the responsible org. */
export function EvidenceList({ item, canUpload, onChanged }: { item: TaskItemDetail; canUpload: boolean; onChanged: () => void }) {
  const { m } = useLocale();
  const { message } = App.useApp();
  const [isUploading, setIsUploading] = useState(false);
  const upload = async (file: File) => {
    if (file.size > maxBytes) {
      message.error(m.tasks.tooLarge);
      return;
    }
    setIsUploading(true);
    try {
      await call(api.POST('/api/v1/task-items/{id}/evidence', { params: { path: { id: item.id } }, body: { fileName: file.name, mimeType: file.type || 'application/octet-stream', contentBase64: await readBase64(file) } }));
      message.success(m.common.saved);
      onChanged();
    } catch (error) {
      message.error(error instanceof ApiError ? [error.message, ...error.details.map((d) => d.message)].join(' · ') : String(error));
    } finally {
      setIsUploading(false);
    }
  };
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginTop: 20, marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {m.tasks.evidence}
        </Typography.Title>
        {canUpload && (
          <Upload showUploadList={false} beforeUpload={(file) => (upload(file), false)}>
            <Button icon={<UploadOutlined />} loading={isUploading}>
              {m.tasks.upload}
            </Button>
          </Upload>
        )}
      </Flex>
      {canUpload && <Typography.Paragraph type="secondary">{m.tasks.uploadHint}</Typography.Paragraph>}
      <Table<Evidence>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={item.evidence}
        locale={{ emptyText: m.tasks.noRecords }}
        columns={[
          { title: m.tasks.evidence, dataIndex: 'fileName', render: (n: string, e) => <a href={`/api/v1/task-evidence/${e.id}`}>{n}</a> },
          { title: 'KB', dataIndex: 'sizeBytes', width: 90, align: 'right', render: (b: number) => (b / 1024).toFixed(1) },
          { title: m.tasks.reportedOn, dataIndex: 'uploadedOn', width: 110 },
          { title: m.tasks.byUser, dataIndex: 'byUserName', width: 120, render: (u: string | null) => u ?? '—' },
        ]}
      />
    </>
  );
}
