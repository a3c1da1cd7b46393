import { Admin, Resource } from 'react-admin';
import areas from './areas';
import { authProvider } from './authProvider';
import cases from './cases';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import escalations from './escalations';
import { i18nProvider } from './i18nProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import policies from './policies';
import schools from './schools';

export const App = () => (
  <Admin
    title="Baton"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="cases" {...cases} />
    <Resource name="escalations" {...escalations} />
    <Resource name="sla-policies" {...policies} />
    <Resource name="areas" {...areas} />
    <Resource name="schools" {...schools} />
  </Admin>
);
