import SchoolIcon from '@mui/icons-material/School';
import { SchoolList } from './SchoolList';
import { SchoolShow } from './SchoolShow';

export default {
  list: SchoolList,
  show: SchoolShow,
  icon: SchoolIcon,
  recordRepresentation: 'longName',
};
