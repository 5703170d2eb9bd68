import { useCallback, useState } from 'react';
import { App, type FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';

/** Field names in details come dotted ("body.name", "name"); the form knows the last part. */
function formFieldOf(field: string | undefined, known: Set<string>): string | null {
  if (!field) return null;
  const parts = field.split('.');
  for (let i = 0; i < parts.length; i++) {
    const candidate = parts.slice(i).join('.');
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/**
 * Submits a form's request and puts the server's answer where it belongs: field details on the named field,
 * everything else as a message.
 */
export function useServerErrors(form: FormInstance) {
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);

  const submit = useCallback(
    async (action: () => Promise<void>) => {
      setSubmitting(true);
      try {
        await action();
      } catch (error) {
        if (!(error instanceof ApiError)) {
          message.error(error instanceof Error ? error.message : String(error));
          return;
        }
        const known = new Set(Object.keys(form.getFieldsValue(true)).concat(form.getFieldsError().map((f) => f.name.join('.'))));
        const onFields = new Map<string, string[]>();
        const elsewhere: string[] = [];
        for (const detail of error.details) {
          const field = formFieldOf(detail.field, known);
          if (field) onFields.set(field, [...(onFields.get(field) ?? []), detail.message]);
          else if (detail.message) elsewhere.push(detail.message);
        }
        form.setFields([...onFields].map(([name, errors]) => ({ name: name.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), errors })));
        if (onFields.size === 0 || elsewhere.length) message.error([error.message, ...elsewhere].join(' · '));
      } finally {
        setSubmitting(false);
      }
    },
    [form, message],
  );

  return { submitting, submit };
}
