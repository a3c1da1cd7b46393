import { Grid } from '@mui/material';
import { useGetList } from 'react-admin';
import type { Task } from './dashboardTypes';
import { KpiCard } from './KpiCard';

/** Asks a list for its total alone. */
const COUNT_ONLY = { pagination: { page: 1, perPage: 1 } };

const countOrDash = (count: number | undefined) => (count === undefined ? '–' : count);

interface WorkloadKpisProps {
  /** Whether to count the open cases in the person's scope, for roles whose dashboard has no pipeline. */
  withOpenCases: boolean;
  /** Whether to count the unacknowledged escalations, for roles with an escalation inbox. */
  withEscalations: boolean;
}

/** Counts of the person's work: the tasks waiting on them and those past due, plus the optional counts above. */
export const WorkloadKpis = ({ withOpenCases, withEscalations }: WorkloadKpisProps) => {
  const { data: tasks } = useGetList<Task>('tasks');
  const { total: openCases } = useGetList(
    'cases',
    { ...COUNT_ONLY, filter: { status: 'open' } },
    { enabled: withOpenCases },
  );
  const { total: openEscalations } = useGetList(
    'escalations',
    { ...COUNT_ONLY, filter: { acknowledged: 'false', caseStatus: 'open' } },
    { enabled: withEscalations },
  );
  const pastDue = tasks?.filter((task) => task.slaState === 'breached').length;

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <KpiCard title="Waiting on you" value={countOrDash(tasks?.length)} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <KpiCard
          title="Past due"
          value={countOrDash(pastDue)}
          color={pastDue ? 'error.main' : 'text.primary'}
          caption="Tasks whose SLA is breached"
        />
      </Grid>
      {withOpenCases ? (
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <KpiCard title="Open cases" value={countOrDash(openCases)} caption="In your scope" to="/cases" />
        </Grid>
      ) : null}
      {withEscalations ? (
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <KpiCard
            title="Open escalations"
            value={countOrDash(openEscalations)}
            color={openEscalations ? 'warning.main' : 'text.primary'}
            caption="Not acknowledged yet"
            to="/escalations"
          />
        </Grid>
      ) : null}
    </Grid>
  );
};
