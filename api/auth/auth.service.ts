import { randomUUID } from 'node:crypto';
import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { type AuthenticatedUser, toAuthenticatedUser } from './authenticated-user';
import { LoginFailures } from './login-failures';
import { hashPassword, verifyPassword } from './password';
import { User } from './user.entity';


@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  // Verified against when the e-mail is unknown, so a wrong e-mail costs as much time as a wrong password.
  private readonly unknownUserHash = hashPassword(randomUUID());

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly loginFailures: LoginFailures,
  ) {}

  /** Checks the credentials and returns an access token; any failure gets the same message. */
  async login(email: string, password: string, clientAddress: string): Promise<{ accessToken: string; user: AuthenticatedUser }> {
    const normalized = email.trim().toLowerCase();
    this.loginFailures.assertAllowed(normalized, clientAddress);

    const user = await this.users.createQueryBuilder('user').addSelect('user.passwordHash').where('user.email = :email', { email: normalized }).getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await this.unknownUserHash), password).catch(() => false);
    if (!user || !valid) {
      this.loginFailures.recordFailure(normalized, clientAddress);
      this.logger.warn({ clientAddress }, 'sign-in failed');
      throw new UnauthorizedException('The e-mail or password is incorrect.');
    }

    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role });
    this.logger.log({ userId: user.id, role: user.role }, 'signed in');

    return { accessToken, user: toAuthenticatedUser(user) };
  }
}
