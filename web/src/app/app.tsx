import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Loading } from '../components/page-parts';
import { ApiError } from '../lib/api';
import type { PortalConfig } from '../lib/config';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RequireAuth } from './require-auth';
import { SessionProvider } from './session';

// Each feature loads when first opened: charts and the PDF viewer only reach those who use them.
const SignIn = lazy(() => import('../features/auth/sign-in'));
const SignInCallback = lazy(() => import('../features/auth/callback'));
const Home = lazy(() => import('../features/home/home'));
const Catalog = lazy(() => import('../features/services/catalog'));
const ServicePage = lazy(() => import('../features/services/service-page'));
const NewRequest = lazy(() => import('../features/requests/new-request'));
const RequestList = lazy(() => import('../features/requests/request-list'));
const RequestPage = lazy(() => import('./request-route'));
const Archive = lazy(() => import('../features/archive/archive'));
const Complaints = lazy(() => import('../features/complaints/complaints'));
const ComplaintPage = lazy(() => import('../features/complaints/complaint-page'));
const Queue = lazy(() => import('../features/tasks/queue'));
const BulkSigning = lazy(() => import('../features/tasks/bulk-signing'));
const Employees = lazy(() => import('../features/admin/employees'));
const Reports = lazy(() => import('../features/reports/reports'));
const Accounts = lazy(() => import('../features/admin/accounts'));
const Announcements = lazy(() => import('../features/admin/announcements'));
const SigningAuthorities = lazy(() => import('../features/admin/signing-authorities'));
const ForceMajeure = lazy(() => import('../features/admin/force-majeure'));
const EmployeeDetail = lazy(() => import('../features/admin/employee-detail'));
const AccountDetail = lazy(() => import('../features/admin/account-detail'));
const ManualServices = lazy(() => import('../features/manual/manual-services'));
const Audit = lazy(() => import('../features/audit/audit'));
const Verify = lazy(() => import('../features/verify/verify'));

const APPLICANTS = ['ASN', 'UNIT_ADMIN'];
const OFFICIALS = ['VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER'];
const READERS = [...APPLICANTS, ...OFFICIALS, 'AUDITOR'];

const page = (element: ReactNode, roles?: readonly string[]) => (
  <Suspense fallback={<Loading />}>
    {roles ? <RequireAuth roles={roles}>{element}</RequireAuth> : element}
  </Suspense>
);
const signedIn = (element: ReactNode) => (
  <Suspense fallback={<Loading />}>
    <RequireAuth>{element}</RequireAuth>
  </Suspense>
);

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/masuk', element: page(<SignIn />) },
      { path: '/masuk/callback', element: page(<SignInCallback />) },
      { path: '/', element: signedIn(<Home />) },
      { path: '/layanan', element: page(<Catalog />) },
      { path: '/layanan/:code', element: page(<ServicePage />) },
      { path: '/layanan/:code/ajukan', element: page(<NewRequest />, APPLICANTS) },
      { path: '/permohonan', element: page(<RequestList />, [...APPLICANTS, 'AUDITOR']) },
      { path: '/permohonan/:id', element: page(<RequestPage />, READERS) },
      { path: '/arsip', element: page(<Archive />, APPLICANTS) },
      { path: '/pengaduan', element: signedIn(<Complaints />) },
      { path: '/pengaduan/:id', element: signedIn(<ComplaintPage />) },
      { path: '/tugas', element: page(<Queue />, OFFICIALS) },
      { path: '/tanda-tangan', element: page(<BulkSigning />, ['SIGNER']) },
      { path: '/pegawai', element: page(<Employees />, ['AGENCY_ADMIN']) },
      { path: '/pegawai/:nip', element: page(<EmployeeDetail />, ['AGENCY_ADMIN']) },
      { path: '/layanan-manual', element: page(<ManualServices />, ['AGENCY_ADMIN', 'VERIFIER']) },
      {
        path: '/laporan',
        element: page(<Reports />, ['AGENCY_ADMIN', 'AUDITOR', 'SUPERVISOR', 'ADMINISTRATOR']),
      },
      { path: '/akun', element: page(<Accounts />, ['AGENCY_ADMIN']) },
      { path: '/akun/:username', element: page(<AccountDetail />, ['AGENCY_ADMIN']) },
      { path: '/pengumuman', element: page(<Announcements />, ['AGENCY_ADMIN']) },
      { path: '/kewenangan', element: page(<SigningAuthorities />, ['AGENCY_ADMIN']) },
      { path: '/keadaan-kahar', element: page(<ForceMajeure />, ['AGENCY_ADMIN']) },
      { path: '/audit', element: page(<Audit />, ['AUDITOR']) },
      { path: '/audit/:id', element: page(<Audit />, ['AUDITOR']) },
      { path: '/verifikasi', element: page(<Verify />) },
      { path: '/verifikasi/:documentId', element: page(<Verify />) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a network error or 5xx may.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

export function App({ config: _config }: { readonly config: PortalConfig }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  );
}
