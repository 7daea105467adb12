import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'kntc:public';

/**
 * Opens an endpoint to unauthenticated callers. Every other endpoint needs a valid access token
 * (the global JwtAuthGuard), so forgetting a decorator fails closed.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
