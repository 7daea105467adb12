import { Injectable, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { LocalAuthGuard } from '@kntc/access';
import { createValidationPipe } from '../http/validation.pipe';
import { LoginDto } from './dto/login.dto';

/**
 * Guards run before pipes, so the login body is validated here, with the app's own pipe, before
 * passport reads it: a malformed body is a 400 with field details, never a failed sign-in.
 */
@Injectable()
export class LoginGuard extends LocalAuthGuard {
  private readonly pipe = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    await this.pipe.transform(req.body, { type: 'body', metatype: LoginDto, data: '' });
    return (await super.canActivate(context)) as boolean;
  }
}
