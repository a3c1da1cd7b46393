import { Alert, Card, CardContent, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { LinkBase, Loading, useGetList } from 'react-admin';
import { formatDateTime } from '../common/dateTime';

interface Notification {
  id: string;
  caseId: string;
  kind: 'sla_warning' | 'escalation' | 'legal_clock_warning';
  message: string;
  schoolName: string;
  createdAt: string;
}

const KIND_LABELS: Record<Notification['kind'], string> = {
  sla_warning: 'SLA warning',
  escalation: 'Escalation',
  legal_clock_warning: 'Legal clock',
};

/** Shows the newest in-app notifications of the signed-in person, each a link to its case. */
export const NotificationsCard = () => {
  const { data: notifications, isPending, error } = useGetList<Notification>('notifications', { pagination: { page: 1, perPage: 10 } });

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          Notifications
        </Typography>
        {isPending ? <Loading /> : null}
        {error ? <Alert severity="error">Your notifications could not be loaded: {error.message}</Alert> : null}
        {notifications?.length === 0 ? (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            No notifications.
          </Typography>
        ) : null}
        {notifications && notifications.length > 0 ? (
          <List dense aria-label="Notifications">
            {notifications.slice(0, 10).map((notification) => (
              <ListItem key={notification.id} disablePadding>
                <ListItemButton component={LinkBase} to={`/cases/${encodeURIComponent(notification.caseId)}/show`}>
                  <ListItemText
                    primary={`${KIND_LABELS[notification.kind]} · ${notification.schoolName}`}
                    secondary={`${notification.message} (${formatDateTime(notification.createdAt)})`}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        ) : null}
      </CardContent>
    </Card>
  );
};
