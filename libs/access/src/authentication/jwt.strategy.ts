import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '@kntc/domain';
import { ACCESS_OPTIONS, TOKEN_AUDIENCE, TOKEN_ISSUER, type AccessOptions } from '../access-options';
import { UnauthenticatedError } from '../errors/access-errors';
import { parseAccessTokenClaims } from '../tokens/access-token-claims';
import { AuthService } from './auth.service';

/** Bearer access token → Actor on `request.user`, checked against the user's current state. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    @Inject(ACCESS_OPTIONS) options: AccessOptions,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt's typing says string | Buffer; jsonwebtoken takes the KeyObject as is.
      secretOrKey: options.jwtKey as unknown as string,
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(payload: unknown): Promise<Actor> {
    const claims = parseAccessTokenClaims(payload);
    if (!claims) throw new UnauthenticatedError('token_invalid');
    return this.auth.actorFromClaims(claims);
  }
}
