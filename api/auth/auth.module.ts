import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/config';
import { AccessTokenGuard } from './access-token.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginFailures } from './login-failures';
import { User } from './user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      inject: [CONFIG],
      useFactory: (config: ResolvedConfig) => ({
        secret: config.jwt.secret,
        signOptions: { expiresIn: config.jwt.ttlSeconds, issuer: 'baton' },
        verifyOptions: { issuer: 'baton' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, LoginFailures, { provide: APP_GUARD, useClass: AccessTokenGuard }],
})
export class AuthModule {}
