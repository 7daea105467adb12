import { Module, type DynamicModule } from '@nestjs/common';
import { IdentityVaultModule } from '@kntc/access';
import { IdentityRevealsController } from './identity-reveals.controller';
import { IdentityRevealService } from './identity-reveal.service';
import { PartyRevealController } from './party-reveal.controller';
import { VisitorRevealController } from './visitor-reveal.controller';

/** HTTP endpoints of the identity vault: revealing a party or a person received at a visit, and the reveal log for inspectors. */
@Module({})
export class IdentityApiModule {
  static register(options: { identityKeys: string }): DynamicModule {
    return {
      module: IdentityApiModule,
      imports: [IdentityVaultModule.register(options)],
      controllers: [PartyRevealController, VisitorRevealController, IdentityRevealsController],
      providers: [IdentityRevealService],
    };
  }
}
