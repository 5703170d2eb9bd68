import { Alert, Button } from 'antd';
import { useLocale } from '../i18n/use-locale.ts';

/** A read that failed: the server's message and a retry. */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { m } = useLocale();
  return (
    <Alert
      type="error"
      showIcon
      title={m.common.loadFailed}
      description={error.message}
      action={
        <Button size="small" onClick={onRetry}>
          {m.common.retry}
        </Button>
      }
    />
  );
}
