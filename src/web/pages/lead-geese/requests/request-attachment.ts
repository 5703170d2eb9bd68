import { type AttachmentBody, mimeTypes } from './request-types.ts';

const maxBytes = 512 * 1024;

/** A picked file as the API takes it (base64), or why not: too large, or of a type the server refuses. */
export async function toAttachment(file: File): Promise<AttachmentBody | 'too_large' | 'bad_type'> {
  if (file.size > maxBytes) return 'too_large';
  const mimeType = mimeTypes.find((t) => t === file.type);
  if (!mimeType) return 'bad_type';
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, mimeType, contentBase64: btoa(binary) };
}
