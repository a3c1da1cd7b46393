import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { Repository } from 'typeorm';
import { type AuthenticatedUser, toAuthenticatedUser } from './authenticated-user';
import { IS_PUBLIC } from './public.decorator';
import { User } from './user.entity';

/**
 * Requires a valid bearer token on every route not marked `@Public()`. The user is read from the
 * database on each request, so a deleted account or a changed scope takes effect at once.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const token = bearerToken(request);
    if (!token) throw new UnauthorizedException('Missing access token: sign in with POST /api/auth/login and send "Authorization: Bearer <accessToken>".');

    const payload = await this.jwt.verifyAsync<{ sub: string }>(token).catch(() => {
      throw new UnauthorizedException('Invalid or expired access token: sign in again.');
    });
    const user = await this.users.findOneBy({ id: payload.sub });
    if (!user) throw new UnauthorizedException('The account of this access token no longer exists: sign in again.');

    request.user = toAuthenticatedUser(user);

    return true;
  }
}

function bearerToken(request: Request): string | undefined {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');

  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}
