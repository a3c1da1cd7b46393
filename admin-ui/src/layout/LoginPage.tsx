import { Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, required, TextInput } from 'react-admin';

/** Sign-in form with e-mail and password, which `authProvider.login` receives as `{ email, password }`. */
export const LoginPage = () => (
  <Login>
    <Typography variant="h5" component="h1" align="center">
      Baton
    </Typography>
    <LoginForm>
      <TextInput
        autoFocus
        source="email"
        label="E-mail"
        type="email"
        autoComplete="email"
        validate={required()}
      />
      <PasswordInput
        source="password"
        label="Password"
        autoComplete="current-password"
        validate={required()}
      />
    </LoginForm>
  </Login>
);
