import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'baton:isPublic';

/** Marks a route that needs no access token (sign-in, health, docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
