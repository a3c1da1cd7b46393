import { Alert, Grid, Stack } from '@mui/material';
import { Loading, useGetOne } from 'react-admin';
import { AreaBreachesChart } from './AreaBreachesChart';
import { AreaBreachesTable } from './AreaBreachesTable';
import { ChartCard } from './ChartCard';
import type { ExpulsionAnalytics } from './dashboardTypes';
import { DaysPerStageChart } from './DaysPerStageChart';
import { PipelineKpis } from './PipelineKpis';
import { WaitingPerStageChart } from './WaitingPerStageChart';

/**
 * The expulsion pipeline from `GET /api/analytics/expulsion`: the whole district for central
 * office, one area for a CAO, since the API scopes the figures to the person.
 */
export const PipelineDashboard = () => {
  const { data, isPending, error } = useGetOne<ExpulsionAnalytics & { id: string }>('analytics', { id: 'expulsion' });

  if (isPending) {
    return <Loading />;
  }
  if (error || !data) {
    return <Alert severity="error">The pipeline figures could not be loaded: {error?.message ?? 'no data'}</Alert>;
  }

  return (
    <Stack spacing={2}>
      <PipelineKpis pipeline={data.pipeline} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ChartCard title="Cases waiting per stage">
            <WaitingPerStageChart stages={data.waitingPerStage} />
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ChartCard title="Days per stage">
            <DaysPerStageChart stages={data.daysPerStage} />
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <ChartCard title="Open cases and breaches per area">
            <AreaBreachesChart areas={data.breachesPerArea} />
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <ChartCard title="Breaches per area, by share breached">
            <AreaBreachesTable areas={data.breachesPerArea} />
          </ChartCard>
        </Grid>
      </Grid>
    </Stack>
  );
};
