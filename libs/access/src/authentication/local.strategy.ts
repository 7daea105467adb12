import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { AuthService, type AuthenticatedUser } from './auth.service';

/** username + password from the JSON body → the user (or 401/429 from AuthService). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password' });
  }

  validate(username: string, password: string): Promise<AuthenticatedUser> {
    return this.auth.verifyCredentials(username, password);
  }
}
