import { Button, Result, Spin } from 'antd';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { LocaleProvider } from './i18n/locale-provider.tsx';
import { useLocale } from './i18n/use-locale.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { ChangePasswordPage } from './pages/auth/change-password/change-password-page.tsx';
import { LoginPage } from './pages/auth/login/login-page.tsx';
import { pageRoutes } from './routes.tsx';
import { SessionProvider } from './session/session-provider.tsx';
import { useSession } from './session/use-session.ts';

export function App() {
  return (
    <BrowserRouter>
      <LocaleProvider>
        <SessionProvider fallback={<Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />}>
          <AppRoutes />
        </SessionProvider>
      </LocaleProvider>
    </BrowserRouter>
  );
}

/** Logged out: only the login page. First password not yet changed: only the change page. Otherwise the app. */
function AppRoutes() {
  const { me, access } = useSession();
  const location = useLocation();

  if (!me) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
      </Routes>
    );
  }
  if (me.mustChangePassword) {
    return (
      <Routes>
        <Route path="/change-password" element={<ChangePasswordPage />} />
        <Route path="*" element={<Navigate to="/change-password" replace />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route path="/login" element={<Navigate to="/" replace />} />
      <Route path="/change-password" element={<Navigate to="/" replace />} />
      <Route element={<AppLayout />}>
        {pageRoutes.map((r) => {
          const Page = r.page;
          const isAllowed = r.access === null || access[r.access];
          return <Route key={r.path} path={r.path === '/' ? '/' : `${r.path}/*`} element={isAllowed ? <Page /> : <Forbidden />} />;
        })}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Forbidden() {
  const navigate = useNavigate();
  const { m } = useLocale();
  return <Result status="403" title="403" subTitle={m.errors.forbidden} extra={<Button onClick={() => navigate('/')}>{m.menu.dashboard}</Button>} />;
}

function NotFound() {
  const navigate = useNavigate();
  const { m } = useLocale();
  return <Result status="404" title="404" subTitle={m.errors.notFound} extra={<Button onClick={() => navigate('/')}>{m.menu.dashboard}</Button>} />;
}
