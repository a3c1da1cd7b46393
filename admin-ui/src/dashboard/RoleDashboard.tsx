import { Stack } from '@mui/material';
import { NotificationsCard } from './NotificationsCard';
import { PipelineDashboard } from './PipelineDashboard';
import { TasksCard } from './TasksCard';
import { WorkloadKpis } from './WorkloadKpis';

/**
 * Dashboard content below the greeting, by role. Central office and CAOs get their work, their
 * escalation inbox and the pipeline of the district or area. A principal and the law office get
 * their work and their open cases. School staff have no part in expulsion cases and get nothing more.
 */
export const RoleDashboard = ({ role }: { role: string }) => {
  switch (role) {
    case 'central_office':
    case 'cao':
      return (
        <Stack spacing={2}>
          <WorkloadKpis withOpenCases={false} withEscalations />
          <TasksCard />
          <NotificationsCard />
          <PipelineDashboard />
        </Stack>
      );
    case 'principal':
    case 'law_office':
      return (
        <Stack spacing={2}>
          <WorkloadKpis withOpenCases withEscalations={false} />
          <TasksCard />
          <NotificationsCard />
        </Stack>
      );
    default:
      return null;
  }
};
