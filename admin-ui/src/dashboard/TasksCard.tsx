import { Alert, Card, CardContent, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { LinkBase, Loading, useGetList } from 'react-admin';
import { SlaStateChip } from '../cases/SlaStateChip';
import { formatDate } from '../common/dateTime';
import type { Task } from './dashboardTypes';

const caseShowPath = (task: Task) => `/cases/${encodeURIComponent(task.caseId)}/show`;

/** "What you owe now": the signed-in person's tasks from `GET /api/tasks`, each a link to its case. */
export const TasksCard = () => {
  const { data: tasks, isPending, error } = useGetList<Task>('tasks');

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          What you owe now
        </Typography>
        {isPending ? <Loading /> : null}
        {error ? <Alert severity="error">Your tasks could not be loaded: {error.message}</Alert> : null}
        {tasks?.length === 0 ? (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            Nothing is waiting on you.
          </Typography>
        ) : null}
        {tasks && tasks.length > 0 ? (
          <List dense aria-label="What you owe now">
            {tasks.map((task) => (
              <ListItem key={task.id} disablePadding>
                <ListItemButton component={LinkBase} to={caseShowPath(task)}>
                  <ListItemText
                    primary={task.title}
                    secondary={[
                      task.schoolName,
                      task.areaName,
                      task.stageLabel,
                      task.dueAt ? `due ${formatDate(task.dueAt)}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                  <Stack direction="row" sx={{ ml: 2 }}>
                    <SlaStateChip state={task.slaState} />
                  </Stack>
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        ) : null}
      </CardContent>
    </Card>
  );
};
