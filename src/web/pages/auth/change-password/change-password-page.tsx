import { Alert, Button } from 'antd';
import { ChangePasswordForm } from '../../../components/change-password-form.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useSession } from '../../../session/use-session.ts';
import { AuthShell } from '../auth-shell.tsx';

/** The forced change of the generated first password; every other route leads here until it is done. */
export function ChangePasswordPage() {
  const { m } = useLocale();
  const { refresh, logout } = useSession();
  return (
    <AuthShell title={m.auth.mustChangeTitle}>
      <Alert type="warning" showIcon title={m.auth.mustChangeHint} style={{ marginBottom: 16 }} />
      <ChangePasswordForm onDone={() => void refresh()} />
      <Button type="link" block style={{ marginTop: 8 }} onClick={() => void logout()}>
        {m.auth.logout}
      </Button>
    </AuthShell>
  );
}
